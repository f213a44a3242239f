package org.steward.enforcement.penalty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.enforcement.AmountInWords;
import org.steward.enforcement.EnforcementDocument;
import org.steward.enforcement.EnforcementDocuments;
import org.steward.enforcement.MeasureView;
import org.steward.enforcement.Measures;
import org.steward.parties.Parties;
import org.steward.parties.Party;

/**
 * The documents of a penalty procedure (DOMAIN-FACTS' 文书) in the layout every enforcement document
 * shares, each stating what the record holds: the evidence list, the deadlines to the minute, the
 * amount in figures and in words (大写), the officers with their certificate numbers.
 */
@Component
class PenaltyDocuments implements org.steward.enforcement.PenaltyDocumentSource {

	/** The kinds, in the order the procedure produces them. */
	enum Kind {
		/** 立案审批表 */
		FILING("立审"),
		/** 行政处罚事先告知书 */
		NOTICE("罚告"),
		/** 行政处罚听证告知书 */
		HEARING("听告"),
		/** 行政处罚决定书 */
		DECISION("罚决"),
		/** 送达回证 */
		SERVICE("送回"),
		/** 结案审批表 */
		CLOSING("结审");

		final String abbreviation;

		Kind(String abbreviation) {
			this.abbreviation = abbreviation;
		}
	}

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

	/** The kinds the procedure has produced so far. */
	static List<Kind> issued(PenaltyCases.PenaltyView p) {
		return issued(p.noticeAt() != null, p.hearingRight(), p.decidedAt() != null, p.servedAt() != null,
				p.executedAt() != null);
	}

	static List<Kind> issued(boolean notified, boolean hearingRight, boolean decided, boolean served, boolean executed) {
		List<Kind> kinds = new ArrayList<>();
		kinds.add(Kind.FILING);
		if (notified) {
			kinds.add(Kind.NOTICE);
			if (hearingRight) {
				kinds.add(Kind.HEARING);
			}
		}
		if (decided) {
			kinds.add(Kind.DECISION);
		}
		if (served) {
			kinds.add(Kind.SERVICE);
		}
		if (executed) {
			kinds.add(Kind.CLOSING);
		}
		return kinds;
	}

	/** Where each issued document's PDF is served (to a session or a bearer token that may see the case). */
	static List<String> pdfUrls(long measureId, List<Kind> kinds) {
		return kinds.stream()
			.map(k -> k == Kind.DECISION ? "/enforcement/documents/" + measureId + ".pdf"
					: "/penalties/" + measureId + "/documents/" + k.name().toLowerCase(java.util.Locale.ROOT) + ".pdf")
			.toList();
	}

	@Override
	public Optional<EnforcementDocument> decision(long measureId) {
		return penalties.ofMeasure(measureId).filter(p -> p.decisionNumber() != null).map(p -> document(p, Kind.DECISION));
	}

	@Override
	public Optional<DecisionFacts> facts(long measureId) {
		return penalties.ofMeasure(measureId)
			.filter(p -> p.decidedAt() != null)
			.map(p -> new DecisionFacts(documents.legal(p.amount() == null || p.amount().signum() == 0
					? "enforcement.disclosure.type.warning" : "enforcement.disclosure.type.fine"), p.amount(),
					documents.legalBasis(p.categoryCode()), p.decidedAt()));
	}

	/** A document of the procedure, once the procedure has produced it. */
	EnforcementDocument document(PenaltyCases.PenaltyView p, Kind kind) {
		if (!issued(p).contains(kind)) {
			throw PenaltyRefusals.documentNotIssued(documents.legal("enforcement.penalty.doc." + kind.name()));
		}
		MeasureView measure = measures.find(p.measureId()).orElseThrow();
		Party party = parties.find(measure.partyId()).orElseThrow();
		String category = documents.categoryName(p.caseNumber(), p.categoryCode());
		String basis = documents.legalBasis(p.categoryCode());
		List<String> body = new ArrayList<>();
		body.add(documents.partyLine(party));
		List<String> signatures = documents.partySignature();
		List<String> service = documents.serviceLines();
		String date;
		String number = kind == Kind.DECISION ? p.decisionNumber()
				: documents.legal("enforcement.pdoc.number", kind.abbreviation, p.caseNumber());
		switch (kind) {
			case FILING -> {
				body.add(documents.legal("enforcement.pdoc.filing.case", category, p.caseNumber(),
						documents.minute(p.filedAt())));
				body.add(documents.legal("enforcement.pdoc.filing.summary", text(measure.notes())));
				body.add(documents.legal("enforcement.pdoc.evidence", evidenceList(p)));
				body.add(documents.legal("enforcement.pdoc.filing.officers", documents.officersLine(measure.officers())));
				body.add(p.filingApprovedAt() == null ? documents.legal("enforcement.pdoc.filing.pending")
						: documents.legal("enforcement.pdoc.filing.approved", documents.officersLine(List.of(p.filingApprovedBy())),
								documents.minute(p.filingApprovedAt())));
				signatures = List.of(documents.legal("enforcement.pdoc.sign.approver"));
				service = List.of();
				date = documents.day(p.filedAt());
			}
			case NOTICE, HEARING -> {
				body.add(documents.legal("enforcement.doc.facts", documents.day(p.filedAt()), category, text(p.facts()),
						p.caseNumber()));
				body.add(documents.legal("enforcement.doc.penalty.facts", evidenceList(p)));
				body.add(documents.legal("enforcement.doc.basis", basis));
				body.add(documents.legal("enforcement.pdoc.notice.proposed", basis, p.amountText(), words(p)));
				if (kind == Kind.NOTICE) {
					body.add(documents.legal("enforcement.pdoc.notice.statement", documents.minute(p.statementDue())));
				}
				if (p.hearingRight()) {
					body.add(documents.legal("enforcement.pdoc.notice.hearing", documents.minute(p.hearingDue())));
				}
				if (kind == Kind.HEARING && p.hearingAt() != null) {
					body.add(documents.legal("enforcement.pdoc.hearing.set", documents.minute(p.hearingAt()), p.hearingPlace()));
				}
				body.add(documents.legal("enforcement.pdoc.notice.contact", documents.issuer()));
				date = documents.day(p.noticeAt());
			}
			case DECISION -> {
				body.add(documents.legal("enforcement.doc.facts", documents.day(p.filedAt()), category, text(p.facts()),
						p.caseNumber()));
				body.add(documents.legal("enforcement.doc.penalty.facts", evidenceList(p)));
				body.add(documents.legal("enforcement.doc.basis", basis));
				body.add(documents.legal("enforcement.pdoc.decision.notice", documents.minute(p.noticeAt())));
				for (PenaltyCases.Statement st : p.statements()) {
					body.add(documents.legal("enforcement.pdoc.decision.statement", documents.minute(st.receivedAt()),
							documents.legal("enforcement.penalty.statement." + st.kind()), st.content(),
							documents.legal(Boolean.TRUE.equals(st.adopted()) ? "enforcement.penalty.adopted"
									: "enforcement.penalty.notAdopted"),
							text(st.answer())));
				}
				if (p.waivedAt() != null) {
					body.add(documents.legal("enforcement.pdoc.decision.waived", documents.minute(p.waivedAt()), p.waiverNote()));
				}
				if (p.hearingHeldAt() != null) {
					body.add(documents.legal("enforcement.pdoc.decision.hearing", documents.minute(p.hearingHeldAt()),
							p.hearingRecord()));
				}
				if (p.reviewedBy() != null) {
					body.add(documents.legal("enforcement.doc.penalty.reviewed"));
				}
				body.add(p.amount() == null ? documents.legal("enforcement.doc.penalty")
						: documents.legal("enforcement.doc.penalty.fine", p.amountText(), words(p)));
				body.add(documents.legal("enforcement.doc.remedy"));
				date = documents.day(p.decidedAt());
			}
			case SERVICE -> {
				body.add(documents.legal("enforcement.pdoc.service.document", p.decisionNumber()));
				body.add(documents.legal("enforcement.pdoc.service.to", p.servedTo(), party.address()));
				body.add(documents.legal("enforcement.pdoc.service.at", documents.minute(p.servedAt()),
						documents.legal("enforcement.penalty.method." + p.serviceMethod().name())));
				signatures = List.of(documents.legal("enforcement.pdoc.sign.recipient"));
				service = List.of(documents.legal("enforcement.pdoc.sign.servers"));
				date = documents.day(p.servedAt());
			}
			case CLOSING -> {
				body.add(documents.legal("enforcement.pdoc.filing.case", category, p.caseNumber(),
						documents.minute(p.filedAt())));
				body.add(documents.legal("enforcement.pdoc.closing.decision", p.decisionNumber(),
						documents.minute(p.decidedAt()), p.amountText(), words(p)));
				body.add(documents.legal("enforcement.pdoc.evidence", evidenceList(p)));
				body.add(documents.legal("enforcement.pdoc.closing.service", documents.minute(p.servedAt()), p.servedTo()));
				body.add(documents.legal("enforcement.pdoc.closing.execution",
						documents.legal("enforcement.penalty.execution." + p.execution().name()), p.executionNote(),
						documents.minute(p.executedAt())));
				body.add(p.closedAt() == null ? documents.legal("enforcement.pdoc.closing.pending")
						: documents.legal("enforcement.pdoc.closing.approved", p.closingNote(),
								documents.officersLine(List.of(p.closedBy())), documents.minute(p.closedAt())));
				signatures = List.of(documents.legal("enforcement.pdoc.sign.approver"));
				service = List.of();
				date = documents.day(p.closedAt() == null ? p.executedAt() : p.closedAt());
			}
			default -> throw new IllegalStateException("unknown kind " + kind);
		}
		String url = kind == Kind.DECISION ? "/enforcement/documents/" + p.measureId() + ".pdf"
				: "/penalties/" + p.measureId() + "/documents/" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".pdf";
		return new EnforcementDocument(p.measureId(), documents.legal("enforcement.penalty.doc." + kind.name()), number,
				body, documents.officerLabels(measure.officers()), signatures, service, documents.issuer(),
				EnforcementDocuments.SEAL, date, url);
	}

	private static String text(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text;
	}

	private static String words(PenaltyCases.PenaltyView p) {
		return p.amount() == null ? "—" : AmountInWords.of(p.amount());
	}

	/** 1. 现场照片（photo.jpg）；2. … — the evidence list as the record holds it. */
	static String evidenceList(PenaltyCases.PenaltyView p) {
		List<String> items = new ArrayList<>();
		int n = 1;
		for (PenaltyCases.EvidenceItem e : p.evidence()) {
			items.add(n++ + ". " + e.description() + "（" + e.fileName() + "）");
		}
		return items.isEmpty() ? "—" : String.join("；", items) + "。";
	}
}
