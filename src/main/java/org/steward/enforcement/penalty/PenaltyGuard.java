package org.steward.enforcement.penalty;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;
import org.steward.refusal.Refusal;

/**
 * A case with a penalty procedure is not handled or closed before the decision is issued and
 * served. Each blocker is a message the API's 409 and the case page word in the reader's language.
 */
@Component
class PenaltyGuard implements CaseCloseGuard {

	private final PenaltyCases penalties;

	PenaltyGuard(PenaltyCases penalties) {
		this.penalties = penalties;
	}

	@Override
	public List<Blocker> blockers(CaseNumber caseNumber, CaseAction action) {
		List<Blocker> blockers = new ArrayList<>();
		for (PenaltyCases.PenaltyView p : penalties.ofCase(caseNumber.value())) {
			if (p.stage().before(PenaltyCase.Stage.SERVED)) {
				blockers.add(Blocker.of("enforcement.guard.penaltyOpen", p.measureId(),
						Refusal.term("enforcement.penalty.stage." + p.stage().name())));
			}
		}
		return blockers;
	}
}
