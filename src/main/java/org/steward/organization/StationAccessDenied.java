package org.steward.organization;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in account may not see (or edit) the station it asked about. An
 * {@link AccessDeniedException}, so pages get Spring Security's 403; the API maps it to a problem.
 */
class StationAccessDenied extends AccessDeniedException {

	private StationAccessDenied(String message) {
		super(message);
	}

	static StationAccessDenied outsideScope(String stationCode) {
		return new StationAccessDenied("Your data scope does not cover station " + stationCode);
	}

	static StationAccessDenied mayNotEditRoster(String stationCode) {
		return new StationAccessDenied("Only the head of station " + stationCode + " or an administrator may edit its roster");
	}

	static StationAccessDenied noAccount() {
		return new StationAccessDenied("The request is not tied to a Steward account");
	}
}
