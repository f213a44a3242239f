package org.steward.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.inbox.InboxItem;
import org.steward.inbox.InboxSource;
import org.steward.organization.Officer;
import org.steward.organization.Organization;

/**
 * The cases module's share of the to-do inbox, each kind for the roles that act on it and within the
 * user's data scope: cases to acknowledge (报到: an officer's own, a station head's whole station), cases
 * to verify (station head, squad leader), extension requests and dissatisfied ratings to decide (squad
 * leader), overdue alerts raised to the user by the deadline sweep (squad leader from the first alert,
 * command centre from the second) and the command centre's queue of escalated cases.
 */
@Component
class CaseInbox implements InboxSource {

	static final String ACKNOWLEDGE = "cases.inbox.acknowledge";

	static final String VERIFY = "cases.inbox.verify";

	static final String EXTENSION = "cases.inbox.extension";

	static final String REVIEW = "cases.inbox.review";

	static final String OVERDUE = "cases.inbox.overdue";

	static final String ESCALATED = "cases.inbox.escalated";

	private final CaseStore store;

	private final Organization organization;

	private final Clock clock;

	CaseInbox(CaseStore store, Organization organization, Clock clock) {
		this.store = store;
		this.organization = organization;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<InboxItem> itemsFor(CurrentUser user) {
		Instant now = clock.instant();
		List<InboxItem> items = new ArrayList<>();
		if (user.has(Role.OFFICER) && !user.has(Role.STATION_HEAD)) {
			String officer = organization.officerByUsername(user.username()).map(Officer::code).orElse(null);
			if (officer != null) {
				add(items, ACKNOWLEDGE, store.waiting("status = 'DISPATCHED' and assigned_officer_code = :officer",
						"officer", officer, user.scope(), "acknowledge_by"), c -> c.createdAt, c -> c.acknowledgeBy);
			}
		}
		if (user.has(Role.STATION_HEAD)) {
			add(items, ACKNOWLEDGE, store.waiting("status = 'DISPATCHED'", null, null, user.scope(), "acknowledge_by"),
					c -> c.createdAt, c -> c.acknowledgeBy);
		}
		if (user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER)) {
			add(items, VERIFY, store.waiting("status = 'HANDLED'", null, null, user.scope(), "handled_at"),
					c -> c.handledAt == null ? c.createdAt : c.handledAt, c -> null);
		}
		if (user.has(Role.SQUAD_LEADER)) {
			add(items, EXTENSION, store.waiting("extension_requested_until is not null and status in ('DISPATCHED', "
					+ "'ACKNOWLEDGED', 'ON_SITE')", null, null, user.scope(), "handle_by"), c -> c.createdAt, c -> c.handleBy);
			add(items, REVIEW, store.waiting("review_pending = true", null, null, user.scope(), "rated_at"),
					c -> c.ratedAt == null ? c.createdAt : c.ratedAt, c -> null);
		}
		int alertLevel = user.has(Role.COMMAND_CENTRE) ? 2 : user.has(Role.SQUAD_LEADER) ? 1 : 0;
		if (alertLevel > 0) {
			add(items, OVERDUE, store.waiting("escalation_level >= " + alertLevel
					+ " and status in ('DISPATCHED', 'ACKNOWLEDGED', 'ON_SITE')", null, null, user.scope(),
					"handle_by"), c -> c.overdueSince == null ? c.createdAt : c.overdueSince, CaseInbox::dueOf);
		}
		if (user.has(Role.COMMAND_CENTRE)) {
			add(items, ESCALATED, store.waiting("status = 'ESCALATED' and escalated_to = 'COMMAND_CENTRE'", null, null,
					user.scope(), "created_at"), c -> c.createdAt, c -> null);
		}
		return items;
	}

	private static @Nullable Instant dueOf(Case c) {
		return c.dueAt();
	}

	private static void add(List<InboxItem> items, String kind, List<Case> cases,
			java.util.function.Function<Case, Instant> since, java.util.function.Function<Case, @Nullable Instant> due) {
		for (int i = 0; i < cases.size() && i < LIMIT; i++) {
			Case c = cases.get(i);
			items.add(new InboxItem(kind, subject(c), "/cases/" + c.number.value(), since.apply(c), due.apply(c),
					i == LIMIT - 1 && cases.size() > LIMIT));
		}
	}

	/** The case number and where: the address as reported, else the start of the description. */
	private static String subject(Case c) {
		String where = c.address != null && !c.address.isBlank() ? c.address
				: c.description.length() > 30 ? c.description.substring(0, 30) + "…" : c.description;
		return c.number.value() + " · " + where;
	}
}
