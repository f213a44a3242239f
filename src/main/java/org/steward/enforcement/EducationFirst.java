package org.steward.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseNumber;
import org.steward.identity.CurrentUser;

/**
 * Enforcement's facade for other modules: records measures (三先) on parties of the registry
 * with the same checks as the API ({@code POST
 * /api/v1/cases/{n}/measures}, {@code POST /api/v1/measures/{id}/disclosure}) — the suggested lightest step or a recorded reason, numbered documents — and
 * carries a penalty case through its procedure ({@code /api/v1/penalties/{id}/…}: evidence,
 * proposal within the benchmark, legal review, decision, service) under the same rules. Used by
 * the demo seeder.
 *
 * @throws RuntimeException naming the bad field, as the API answers it
 */
public interface EducationFirst {

	RecordedMeasure recordMeasure(CaseNumber caseNumber, NewMeasure measure, CurrentUser actor);

	/** Publishes a penalty decision (squad leader or command centre); only a decided penalty case has one. */
	void disclose(long measureId, CurrentUser actor);

	/**
	 * Sets one grade of the discretion benchmark (administrators), as {@code PUT
	 * /api/v1/enforcement/benchmarks} does; audited as a rule change.
	 */
	void setBenchmark(Benchmark benchmark, CurrentUser actor);

	/** Adds a file to a penalty case's evidence list ({@code POST /api/v1/penalties/{id}/evidence}). */
	PenaltyStatus addEvidence(long measureId, String fileName, String contentType, byte[] content, String description,
			CurrentUser actor);

	/**
	 * The officers' proposed decision ({@code POST …/proposal}): severity MINOR, GENERAL or SERIOUS and
	 * an amount in yuan within the benchmark; the answer says whether legal review is now required.
	 */
	PenaltyStatus propose(long measureId, String severity, String amount, String facts, CurrentUser actor);

	/** The command centre's legal review of a major proposal ({@code POST …/review}). */
	PenaltyStatus review(long measureId, boolean passed, String opinion, CurrentUser actor);

	/** Issues the decision and its 罚决 number (squad leader or command centre), disclosed at once when asked. */
	PenaltyStatus decide(long measureId, boolean disclose, CurrentUser actor);

	/** Approves the filing (立案审批; squad leader or command centre), as {@code POST …/filing} does. */
	PenaltyStatus approveFiling(long measureId, CurrentUser actor);

	/** The prior notice (事先告知书) was served on the party at the time given ({@code POST …/notice}). */
	PenaltyStatus notifyParty(long measureId, Instant noticeAt, CurrentUser actor);

	/** The party's written waiver of statement and hearing ({@code POST …/waiver}). */
	PenaltyStatus waive(long measureId, String note, Instant waivedAt, CurrentUser actor);

	/** Execution: PAYMENT or ENFORCEMENT with its details ({@code POST …/execution}). */
	PenaltyStatus execute(long measureId, String kind, String note, CurrentUser actor);

	/** Closing approval ({@code POST …/closing}; squad leader or command centre). */
	PenaltyStatus close(long measureId, String note, CurrentUser actor);

	/** Records the decision's service ({@code POST …/service}); method as the API names it, e.g. DIRECT. */
	PenaltyStatus serve(long measureId, String method, String servedTo, Instant servedAt, CurrentUser actor);

	/** A benchmark grade as {@code PUT /api/v1/enforcement/benchmarks} takes it; amounts in yuan, as text. */
	record Benchmark(String categoryCode, String severity, String minAmount, String maxAmount, String legalBasis,
			boolean major) {
	}

	/**
	 * Where a penalty case stands: stage FILED, PROPOSED, DECIDED or SERVED, whether its proposal
	 * waits for legal review, and its decision number once issued.
	 */
	record PenaltyStatus(long measureId, String stage, boolean reviewPending, @Nullable String decisionNumber) {
	}

	/** A measure as {@code POST /api/v1/cases/{n}/measures} takes it. */
	record NewMeasure(String type, long partyId, @Nullable String notes, List<String> officers,
			@Nullable Instant deadline, @Nullable String reason, @Nullable String agreement, @Nullable String signedBy,
			boolean major) {

		public NewMeasure {
			officers = List.copyOf(officers);
		}
	}

	/** The recorded measure: its id, type, and the number of the document it produced, if any. */
	record RecordedMeasure(long id, String type, @Nullable String documentNumber, @Nullable String documentUrl) {
	}
}
