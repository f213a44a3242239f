package org.steward.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.inbox.InboxItem;
import org.steward.inbox.InboxSource;

/**
 * The coordination module's share of the to-do inbox: a liaison's department tasks waiting for the
 * department to report for duty (报到), and the declines a case's lead (station head, squad leader,
 * command centre) has to decide, within the lead's scope.
 */
@Component
class TaskInbox implements InboxSource {

	static final String ACKNOWLEDGE = "coordination.inbox.acknowledge";

	static final String DECLINE = "coordination.inbox.decline";

	private static final Set<Role> LEADS = EnumSet.of(Role.STATION_HEAD, Role.SQUAD_LEADER, Role.COMMAND_CENTRE);

	private final TaskStore store;

	TaskInbox(TaskStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<InboxItem> itemsFor(CurrentUser user) {
		List<InboxItem> items = new ArrayList<>();
		if (user.has(Role.DEPARTMENT_LIAISON) && user.scope() instanceof DataScope.Department department) {
			List<Task> open = store.ofDepartment(department.code(), EnumSet.of(TaskState.OPEN));
			add(items, ACKNOWLEDGE, open, "/coordination/tasks#task-card-", t -> t.createdAt, t -> t.acknowledgeBy);
		}
		if (LEADS.stream().anyMatch(user::has)) {
			List<Task> declines = store.ofDepartment(null, EnumSet.of(TaskState.DECLINE_REQUESTED))
				.stream()
				.filter(t -> user.canSee(new DataScope.Jurisdiction(t.districtCode, t.squadCode, t.stationCode,
						t.communityCode, Set.of(t.departmentCode))))
				.toList();
			add(items, DECLINE, declines, null, t -> t.declineRequestedAt == null ? t.createdAt : t.declineRequestedAt,
					t -> null);
		}
		return items;
	}

	private static void add(List<InboxItem> items, String kind, List<Task> tasks, @org.jspecify.annotations.Nullable String anchor,
			java.util.function.Function<Task, Instant> since,
			java.util.function.Function<Task, @org.jspecify.annotations.Nullable Instant> due) {
		List<Task> oldestFirst = tasks.stream().sorted(java.util.Comparator.comparing(since)).toList();
		for (int i = 0; i < oldestFirst.size() && i < LIMIT; i++) {
			Task t = oldestFirst.get(i);
			String link = anchor == null ? "/cases/" + t.caseNumber + "/joint" : anchor + t.id;
			String about = kind.equals(DECLINE) ? t.declineReason : t.reason;
			items.add(new InboxItem(kind, about == null || about.isBlank() ? t.caseNumber : t.caseNumber + " · " + about,
					link, since.apply(t), due.apply(t),
					i == LIMIT - 1 && oldestFirst.size() > LIMIT));
		}
	}
}
