package org.steward.enforcement;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.inbox.InboxItem;
import org.steward.inbox.InboxSource;

/**
 * The enforcement module's share of the to-do inbox: the re-inspections due for the officer named
 * first on the correction order (raised once its deadline passed), earliest first.
 */
@Component
class ReinspectionInbox implements InboxSource {

	static final String DUE = "enforcement.inbox.reinspection";

	private final Reinspections reinspections;

	ReinspectionInbox(Reinspections reinspections) {
		this.reinspections = reinspections;
	}

	@Override
	@Transactional(readOnly = true)
	public List<InboxItem> itemsFor(CurrentUser user) {
		List<Reinspections.Task> open = reinspections.openFor(user.username());
		List<InboxItem> items = new ArrayList<>();
		for (int i = 0; i < open.size() && i < LIMIT; i++) {
			Reinspections.Task task = open.get(i);
			items.add(new InboxItem(DUE, task.caseNumber(), "/reinspections#reinspection-" + task.id(), task.dueAt(),
					task.dueAt(), i == LIMIT - 1 && open.size() > LIMIT));
		}
		return items;
	}
}
