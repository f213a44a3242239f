package org.steward.enforcement;

import java.util.Optional;

/**
 * Renders the 行政处罚决定书 of a PENALTY_CASE measure; implemented by the penalty procedure,
 * which holds what the decision states (evidence list, amount, review), so the measure's
 * document link serves the same decision as the penalty page.
 */
public interface PenaltyDocumentSource {

	Optional<EnforcementDocument> decision(long measureId);

	/** What a disclosure publishes of an issued decision: structured fields only. */
	Optional<DecisionFacts> facts(long measureId);

	/**
	 * @param penaltyType the kind of penalty as the decision names it (罚款)
	 * @param amount the fine in yuan, if the decision fines
	 * @param legalBasis the legal basis the decision cites
	 * @param decidedAt when the decision was issued
	 */
	record DecisionFacts(String penaltyType, java.math.@org.jspecify.annotations.Nullable BigDecimal amount,
			String legalBasis, java.time.Instant decidedAt) {
	}
}
