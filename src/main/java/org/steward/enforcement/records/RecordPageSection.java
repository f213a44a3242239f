package org.steward.enforcement.records;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseNumber;
import org.steward.enforcement.MeasurePageSection;

/** The case's records on its measures page ({@code records}). */
@Component
class RecordPageSection implements MeasurePageSection {

	private final InvestigationRecords records;

	RecordPageSection(InvestigationRecords records) {
		this.records = records;
	}

	@Override
	public void addTo(CaseNumber caseNumber, org.springframework.ui.Model model) {
		model.addAttribute("records", records.ofCase(caseNumber));
	}
}
