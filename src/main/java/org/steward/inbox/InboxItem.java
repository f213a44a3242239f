package org.steward.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for a user.
 *
 * @param kind    message code of the kind, e.g. {@code cases.inbox.verify}; the inbox groups and
 *                labels by it, so it must have zh-CN and English texts in the source's module
 * @param subject what it is about in the user's terms (a case number and title, a grid name)
 * @param link    the page where the user acts on it (a path, e.g. {@code /cases/2026-000123})
 * @param since   when it started to wait
 * @param due     when it must be done, if there is a deadline
 * @param more    true on the last item of a kind the source cut at {@link InboxSource#LIMIT}
 */
public record InboxItem(String kind, String subject, String link, Instant since, @Nullable Instant due,
		boolean more) {

	public InboxItem(String kind, String subject, String link, Instant since, @Nullable Instant due) {
		this(kind, subject, link, since, due, false);
	}
}
