package org.steward.callback;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.inbox.InboxItem;
import org.steward.inbox.InboxSource;

/** The command centre's inbox share: call-backs still to make in its district, oldest closing first. */
@Component
class CallBackInbox implements InboxSource {

	private final CallBacks callBacks;

	CallBackInbox(CallBacks callBacks) {
		this.callBacks = callBacks;
	}

	@Override
	public List<InboxItem> itemsFor(CurrentUser user) {
		if (!user.has(Role.COMMAND_CENTRE) || !(user.scope() instanceof DataScope.District)) {
			return List.of();
		}
		List<CallBacks.Queued> open = callBacks.page(user, CallBackStatus.OPEN, 0);
		List<InboxItem> items = new ArrayList<>();
		for (int i = 0; i < open.size() && i < LIMIT; i++) {
			CallBacks.Queued q = open.get(i);
			items.add(new InboxItem("callback.inbox.toCall", q.caseNumber(), "/callbacks#callback-" + q.caseNumber(),
					q.closedAt(), null, i == LIMIT - 1 && open.size() > LIMIT));
		}
		return items;
	}
}
