package org.steward.callback;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.cases.CallBackContact;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.identity.CurrentUser;

/** The queue as pages and the API show it: each call-back with the case, the reporter's contact and the calls so far. */
@Component
class CallBackQueue {

	private final CallBacks callBacks;

	private final CaseQueries queries;

	CallBackQueue(CallBacks callBacks, CaseQueries queries) {
		this.callBacks = callBacks;
		this.queries = queries;
	}

	/**
	 * One call-back as shown: the phone is read through the cases module's accessor for this viewer
	 * (in full for the command centre), never kept in this module.
	 */
	record Row(String caseNumber, CallBackStatus status, int attempts, int nextAttempt, @Nullable CallBackOutcome outcome,
			java.time.Instant closedAt, @Nullable String stationCode, String categoryZh, String categoryEn,
			@Nullable String address, @Nullable String reporterName, @Nullable String reporterPhone,
			List<CallBacks.Call> calls) {
	}

	List<Row> rows(CurrentUser viewer, CallBackStatus status, int page) {
		return callBacks.page(viewer, status, page).stream().map(q -> row(q, viewer)).toList();
	}

	Row row(CallBacks.Queued q, CurrentUser viewer) {
		CallBackContact contact = queries.callBackContact(new CaseNumber(q.caseNumber()), viewer);
		return new Row(q.caseNumber(), q.status(), q.attempts(), q.attempts() + 1, q.outcome(), q.closedAt(),
				q.stationCode(), contact.summary().categoryNameZh(), contact.summary().categoryNameEn(),
				contact.summary().address(), contact.reporterName(), contact.reporterPhone(),
				callBacks.calls(q.caseNumber()));
	}
}
