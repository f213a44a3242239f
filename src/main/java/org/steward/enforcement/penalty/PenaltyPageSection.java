package org.steward.enforcement.penalty;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.steward.cases.CaseNumber;
import org.steward.enforcement.MeasurePageSection;

/** Each penalty procedure's stage and due badges on the case's measures page ({@code penalties} by measure id). */
@Component
class PenaltyPageSection implements MeasurePageSection {

	private final PenaltyCases penalties;

	PenaltyPageSection(PenaltyCases penalties) {
		this.penalties = penalties;
	}

	@Override
	public void addTo(CaseNumber caseNumber, Model model) {
		Map<Long, PenaltyCases.PenaltyView> byMeasure = new HashMap<>();
		penalties.ofCase(caseNumber.value()).forEach(p -> byMeasure.put(p.measureId(), p));
		model.addAttribute("penalties", byMeasure);
	}
}
