package org.steward.enforcement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;
import org.steward.parties.PartyHistory;

/** A party's measures and the cases they were taken on, for the party's page and API answer. */
@Component
class PartyMeasures implements PartyHistory {

	private final Measures measures;

	private final Cases cases;

	PartyMeasures(Measures measures, Cases cases) {
		this.measures = measures;
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> entries(long partyId) {
		return measures.ofParty(partyId)
			.stream()
			.map(m -> new Entry(m.caseNumber(), "enforcement.measureType." + m.type(), m.recordedAt(), m.outcome(),
					m.documentNumber(), m.documentUrl()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> details(long partyId) {
		List<MeasureView> history = measures.ofParty(partyId);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("measures", history);
		details.put("cases", history.stream()
			.map(MeasureView::caseNumber)
			.distinct()
			.flatMap(n -> cases.summary(new CaseNumber(n)).stream())
			.map(s -> Map.of("caseNumber", s.caseNumber().value(), "status", s.status().name(), "categoryCode",
					s.categoryCode(), "registeredAt", s.registeredAt().toString()))
			.toList());
		return details;
	}
}
