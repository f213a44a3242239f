package org.steward.enforcement.penalty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;

/**
 * A case with a penalty procedure is not handled or closed before the decision is issued and
 * served.
 */
@Component
class PenaltyGuard implements CaseCloseGuard {

	private final PenaltyCases penalties;

	private final MessageSource messages;

	PenaltyGuard(PenaltyCases penalties, MessageSource messages) {
		this.penalties = penalties;
		this.messages = messages;
	}

	@Override
	public List<String> openWorkBlocking(CaseNumber caseNumber, CaseAction action) {
		return blockers(caseNumber, action, Locale.ENGLISH).stream().map(Blocker::description).toList();
	}

	@Override
	public List<Blocker> blockers(CaseNumber caseNumber, CaseAction action, Locale locale) {
		List<Blocker> blockers = new ArrayList<>();
		for (PenaltyCases.PenaltyView p : penalties.ofCase(caseNumber.value())) {
			if (p.stage() != PenaltyCase.Stage.SERVED) {
				blockers.add(new Blocker(
						"penalty case " + p.measureId() + " is " + p.stage() + ": its decision must be issued and served first",
						messages.getMessage("enforcement.guard.penaltyOpen", new Object[] { p.measureId(),
								messages.getMessage("enforcement.penalty.stage." + p.stage().name(), null, locale) },
								locale)));
			}
		}
		return blockers;
	}
}
