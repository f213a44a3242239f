package org.steward.intake;

/**
 * The answer to a submitted report as sent to the client: HTTP status and JSON body, kept
 * verbatim so that a retry with the same {@code Idempotency-Key} gets exactly the same bytes.
 */
record IntakeAnswer(int status, String body, String trackingCode, boolean replayed) {

	IntakeAnswer asReplay() {
		return new IntakeAnswer(status, body, trackingCode, true);
	}
}
