package org.steward.cases;

import java.util.List;

/**
 * What another module's reader needs to know of a case to work on it: where and what the problem
 * is (the summary's category, address and point), the reporter's description and the report's
 * photos. No reporter identity: a department liaison sees the problem, not who reported it.
 * Unscoped: the calling module authorises the reader (coordination: by the liaison's task).
 */
public record CaseBrief(CaseSummary summary, String description, List<Evidence> photos) {

	public CaseBrief {
		photos = List.copyOf(photos);
	}
}
