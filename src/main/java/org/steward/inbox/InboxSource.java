package org.steward.inbox;

import java.util.List;

import org.steward.identity.CurrentUser;

/**
 * A module's share of the inbox: the items that wait for this user, within the user's data
 * scope and role. Implemented as a Spring bean by each module that has work to hand out; the
 * inbox asks every source on each request, so a source answers from an indexed query and
 * returns at most {@link #LIMIT} items of each kind.
 */
public interface InboxSource {

	/** Enough to show and count; a source with more says so through {@link InboxItem#more()}. */
	int LIMIT = 50;

	List<InboxItem> itemsFor(CurrentUser user);
}
