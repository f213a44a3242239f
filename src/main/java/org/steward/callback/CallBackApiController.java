package org.steward.callback;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.identity.CurrentUser;

/**
 * Call-backs for the command centre's own tools: the queue (with the reporter's phone in full) and
 * recording a call. A call names its number ({@code attempt}: 1 for the first call, the queue shows
 * {@code nextAttempt}); sending the same call again with the same outcome answers as before and
 * changes nothing.
 */
@RestController
@RequestMapping("/api/v1/callbacks")
class CallBackApiController {

	private final CallBacks callBacks;

	private final CallBackQueue queue;

	CallBackApiController(CallBacks callBacks, CallBackQueue queue) {
		this.callBacks = callBacks;
		this.queue = queue;
	}

	/** The call-backs of the caller's district in one status (default: to call), oldest closing first. */
	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "0") int page, CurrentUser user) {
		CallBackStatus wanted = CallBackPageController.status(status);
		List<CallBackQueue.Row> rows = queue.rows(user, wanted, page);
		return Map.of("status", wanted, "page", page, "counts", callBacks.counts(user), "maxAttempts",
				callBacks.maxAttempts(), "callBacks", rows);
	}

	/** Adds the caller's district's cases closed before the queue existed; answers how many. Safe to repeat. */
	@PostMapping("/backfill")
	Map<String, Object> backfill(CurrentUser user) {
		return Map.of("added", callBacks.backfill(user));
	}

	/** A call-back's calls so far, with the reporter's contact. */
	@GetMapping("/{caseNumber}")
	CallBackQueue.Row one(@PathVariable String caseNumber, CurrentUser user) {
		return queue.row(callBacks.inScope(caseNumber, user), user);
	}

	/** One call: {@code {"attempt": 1, "outcome": "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED" | "NOT_REACHED", "note": "…"}}. */
	@PostMapping("/{caseNumber}/calls")
	CallBackQueue.Row call(@PathVariable String caseNumber, @RequestBody CallRequest body, CurrentUser user) {
		callBacks.inScope(caseNumber, user);
		CallBacks.Recorded recorded = callBacks.record(caseNumber, body.attempt(), body.outcome(), body.note(), user);
		return queue.row(recorded.callBack(), user);
	}

	record CallRequest(@Nullable Integer attempt, @Nullable String outcome, @Nullable String note) {
	}
}
