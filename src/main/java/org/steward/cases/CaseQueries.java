package org.steward.cases;

import java.util.Optional;

import org.steward.identity.CurrentUser;

/** Read side of cases for pages and the API; every answer is limited to the viewer's data scope. */
public interface CaseQueries {

	CasePage search(CaseFilter filter, CurrentUser viewer, int page, int size);

	/** @throws CaseRejected NOT_FOUND, or FORBIDDEN outside the viewer's scope */
	CaseDetail detail(CaseNumber number, CurrentUser viewer);

	Optional<PublicCase> track(TrackingCode code);
}
