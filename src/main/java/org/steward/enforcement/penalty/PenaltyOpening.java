package org.steward.enforcement.penalty;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.enforcement.MeasureRecorded;
import org.steward.enforcement.MeasureType;
import org.steward.enforcement.MeasureView;
import org.steward.enforcement.Measures;

/**
 * Opens the procedure of a penalty-case measure in the transaction that records the measure
 * (a plain, synchronous listener: the measure and its procedure are committed together).
 */
@Component
class PenaltyOpening {

	private final Measures measures;

	private final PenaltyCases penalties;

	PenaltyOpening(Measures measures, PenaltyCases penalties) {
		this.measures = measures;
		this.penalties = penalties;
	}

	@EventListener
	void on(MeasureRecorded event) {
		if (!MeasureType.PENALTY_CASE.name().equals(event.type())) {
			return;
		}
		MeasureView measure = measures.find(event.measureId()).orElseThrow();
		penalties.open(measure.id(), measure.caseNumber(), measure.categoryCode(), event.at(),
				measure.legalReviewRequired());
	}
}
