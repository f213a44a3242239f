package org.steward.enforcement;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseNumber;
import org.steward.identity.CurrentUser;

/** {@link EducationFirst} over the registry, the measures and the disclosures the API uses. */
@Component
class EducationFirstFacade implements EducationFirst {

	private final PartyRegistry parties;

	private final Measures measures;

	private final Disclosures disclosures;

	EducationFirstFacade(PartyRegistry parties, Measures measures, Disclosures disclosures) {
		this.parties = parties;
		this.measures = measures;
		this.disclosures = disclosures;
	}

	@Override
	public Optional<String> creditCodeProblem(String code) {
		return CreditCode.problem(code.strip().toUpperCase(java.util.Locale.ROOT));
	}

	@Override
	public long registerParty(NewParty p) {
		PartyDraft draft = new PartyDraft(p.type(), p.name(), p.creditCode(), p.address(), p.lat(), p.lng(), "WGS84",
				p.contacts().stream().map(c -> new PartyDraft.Contact(c.name(), c.phone(), c.role())).toList(),
				p.licenceStatus(), p.frontageFrom(), p.frontageTo());
		try {
			return parties.register(draft);
		}
		catch (PartyRegistry.InvalidParty invalid) {
			throw new IllegalArgumentException("Party " + p.name() + " refused: " + invalid.problems(), invalid);
		}
	}

	@Override
	public RecordedMeasure recordMeasure(CaseNumber caseNumber, NewMeasure m, CurrentUser actor) {
		MeasureView view = measures.record(caseNumber, new MeasureRequest(m.type(), m.partyId(), m.notes(), m.officers(),
				m.deadline(), m.reason(), m.agreement(), m.signedBy(), m.major()), actor);
		return new RecordedMeasure(view.id(), view.type().name(), view.documentNumber(), view.documentUrl());
	}

	@Override
	public void disclose(long measureId, CurrentUser actor) {
		disclosures.publish(measureId, actor);
	}
}
