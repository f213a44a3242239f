package org.steward.enforcement;

import java.util.Optional;

/**
 * Renders the 行政处罚决定书 of a PENALTY_CASE measure; implemented by the penalty procedure,
 * which holds what the decision states (evidence list, amount, review), so the measure's
 * document link serves the same decision as the penalty page.
 */
public interface PenaltyDocumentSource {

	Optional<EnforcementDocument> decision(long measureId);
}
