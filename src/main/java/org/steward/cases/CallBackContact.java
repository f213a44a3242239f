package org.steward.cases;

import org.jspecify.annotations.Nullable;

/**
 * What a call-back (回访) needs of a case: the case as lists show it, whether it was rated, and the
 * reporter's name and phone as the viewer may see them (in full for the command centre, masked for
 * anyone else, both null when the reporter left none).
 */
public record CallBackContact(CaseSummary summary, boolean rated, @Nullable String reporterName,
		@Nullable String reporterPhone) {

	/** A closed case whose reporter left a phone and has not rated it yet: worth a call. */
	public boolean awaitsCall() {
		return summary.status() == CaseStatus.CLOSED && !rated && reporterPhone != null;
	}
}
