package org.steward.enforcement.penalty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.enforcement.EnforcementDocument;
import org.steward.enforcement.EnforcementDocuments;
import org.steward.enforcement.MeasureView;
import org.steward.enforcement.Measures;
import org.steward.parties.Parties;
import org.steward.parties.Party;

/**
 * The documents of a penalty procedure in the layout every enforcement document shares: the
 * 行政处罚决定书 states what the record holds (the evidence list, the amount in figures and in words).
 */
@Component
class PenaltyDocuments implements org.steward.enforcement.PenaltyDocumentSource {

	private final PenaltyCases penalties;

	private final Measures measures;

	private final Parties parties;

	private final EnforcementDocuments documents;

	PenaltyDocuments(PenaltyCases penalties, Measures measures, Parties parties, EnforcementDocuments documents) {
		this.penalties = penalties;
		this.measures = measures;
		this.parties = parties;
		this.documents = documents;
	}

	@Override
	public Optional<EnforcementDocument> decision(long measureId) {
		return penalties.ofMeasure(measureId).filter(p -> p.decisionNumber() != null).map(p -> decision(p));
	}

	private EnforcementDocument decision(PenaltyCases.PenaltyView p) {
		MeasureView measure = measures.find(p.measureId()).orElseThrow();
		Party party = parties.find(measure.partyId()).orElseThrow();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(documents.partyLine(party));
		paragraphs.add(documents.legal("enforcement.doc.facts", documents.day(p.filedAt()),
				documents.categoryName(p.caseNumber(), p.categoryCode()), p.facts() == null ? "" : p.facts(),
				p.caseNumber()));
		paragraphs.add(documents.legal("enforcement.doc.penalty.facts", evidenceList(p)));
		paragraphs.add(documents.legal("enforcement.doc.basis", documents.legalBasis(p.categoryCode())));
		if (p.reviewedBy() != null) {
			paragraphs.add(documents.legal("enforcement.doc.penalty.reviewed"));
		}
		paragraphs.add(p.amount() == null ? documents.legal("enforcement.doc.penalty")
				: documents.legal("enforcement.doc.penalty.fine", p.amountText(),
						org.steward.enforcement.AmountInWords.of(p.amount())));
		paragraphs.add(documents.legal("enforcement.doc.remedy"));
		return new EnforcementDocument(p.measureId(), documents.legal("enforcement.doc.title.penalty"),
				p.decisionNumber(), paragraphs, documents.officerLabels(measure.officers()), documents.partySignature(),
				documents.serviceLines(), documents.issuer(), EnforcementDocuments.SEAL, documents.day(p.decidedAt()),
				"/enforcement/documents/" + p.measureId() + ".pdf");
	}

	/** 1. 现场照片（photo.jpg）；2. … — the evidence list as the record holds it. */
	String evidenceList(PenaltyCases.PenaltyView p) {
		List<String> items = new ArrayList<>();
		int n = 1;
		for (PenaltyCases.EvidenceItem e : p.evidence()) {
			items.add(n++ + ". " + e.description() + "（" + e.fileName() + "）");
		}
		return items.isEmpty() ? "—" : String.join("；", items) + "。";
	}
}
