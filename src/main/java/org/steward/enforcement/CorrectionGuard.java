package org.steward.enforcement;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;

/**
 * A case with a correction order is not handled or closed before the order is settled: while
 * it awaits its re-inspection, and after a refused correction until a penalty case is opened
 * on the case (逾期不改正的，依法立案查处); and with a penalty case, not before its decision is
 * issued and served.
 */
@Component
class CorrectionGuard implements CaseCloseGuard {

	private final Measures measures;

	private final PenaltyCases penalties;

	CorrectionGuard(Measures measures, PenaltyCases penalties) {
		this.measures = measures;
		this.penalties = penalties;
	}

	@Override
	public List<String> openWorkBlocking(CaseNumber caseNumber, CaseAction action) {
		List<MeasureView> onCase = measures.ofCase(caseNumber);
		List<String> blockers = new ArrayList<>();
		for (MeasureView m : onCase) {
			if (m.type() != MeasureType.RECTIFICATION_ORDER) {
				continue;
			}
			String order = m.documentNumber() == null ? "correction order " + m.id() : m.documentNumber();
			if ("PENDING".equals(m.outcome())) {
				blockers.add(order + " awaits its re-inspection (deadline " + m.deadline() + ")");
			}
			else if ("REFUSED".equals(m.outcome()) && onCase.stream()
				.noneMatch(p -> p.type() == MeasureType.PENALTY_CASE && p.id() > m.id())) {
				blockers.add(order + " was not corrected: a penalty case must be opened first");
			}
		}
		for (PenaltyCases.PenaltyView p : penalties.ofCase(caseNumber.value())) {
			if (p.stage() != PenaltyCase.Stage.SERVED) {
				blockers.add("penalty case " + p.measureId() + " is " + p.stage() + ": its decision must be issued and served first");
			}
		}
		return blockers;
	}
}
