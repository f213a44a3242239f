package org.steward.intake;

/**
 * The answer to a submitted report: 201 for a new case, 200 for a report that joined one, with its
 * receipt. A retry with the same {@code Idempotency-Key} gets the first receipt back ({@code replayed}),
 * which the API writes as the same bytes.
 */
record IntakeAnswer(int status, ReportReceipt receipt, boolean replayed) {

	static IntakeAnswer first(ReportReceipt receipt) {
		return new IntakeAnswer(receipt.joined() ? 200 : 201, receipt, false);
	}
}
