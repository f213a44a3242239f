package org.steward.enforcement;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.steward.StewardProperties;
import org.steward.parties.Party;
import org.steward.parties.Parties;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders the documents measures produce. The text is Chinese whatever the viewer's language,
 * because it is a legal document served on the party; the PDF embeds WenQuanYi Zen Hei (shipped
 * in the jar, GPL with the font-embedding exception) so no glyph depends on the reader's machine.
 */
@Service
public class EnforcementDocuments {

	private static final Locale LEGAL = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final Parties parties;

	private final Cases cases;

	private final MessageSource messages;

	private final ZoneId zone;

	private final String issuer;

	private final OfficerNames names;

	/** Looked up when needed: the penalty procedure renders its documents with this service. */
	private final org.springframework.beans.factory.ObjectProvider<PenaltyDocumentSource> penaltyDocuments;

	EnforcementDocuments(JdbcClient jdbc, Parties parties, Cases cases, MessageSource messages,
			StewardProperties steward, EnforcementProperties settings, OfficerNames names,
			org.springframework.beans.factory.ObjectProvider<PenaltyDocumentSource> penaltyDocuments) {
		this.names = names;
		this.penaltyDocuments = penaltyDocuments;
		this.jdbc = jdbc;
		this.parties = parties;
		this.cases = cases;
		this.messages = messages;
		this.zone = steward.zone();
		this.issuer = settings.issuer();
	}

	/** The document of a measure: a rectification order here, a penalty decision from the penalty procedure. */
	EnforcementDocument document(long measureId) {
		record Row(String kind, String number, java.time.Instant issuedAt, String caseNumber, long partyId,
				String category, @org.jspecify.annotations.Nullable String notes,
				java.time.@org.jspecify.annotations.Nullable Instant deadline, String officers) {
		}
		Row row = jdbc.sql("""
				select d.kind, d.doc_number, d.issued_at, m.case_number, m.party_id, m.category_code, m.notes, m.deadline,
				  m.officers
				from enforcement_document d join enforcement_measure m on m.id = d.measure_id where d.measure_id = ?""")
			.param(measureId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getString(7), Measures.instant(rs.getTimestamp(8)), rs.getString(9)))
			.optional()
			.orElseThrow(() -> EnforcementRefusals.documentNotFound(measureId));
		if (MeasureType.PENALTY_CASE.name().equals(row.kind())) {
			return penaltyDocuments.orderedStream()
				.map(source -> source.decision(measureId))
				.flatMap(java.util.Optional::stream)
				.findFirst()
				.orElseThrow(() -> EnforcementRefusals.documentNotFound(measureId));
		}
		Party party = parties.find(row.partyId()).orElseThrow();
		String categoryName = categoryName(row.caseNumber(), row.category());
		DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy年M月d日", LEGAL).withZone(zone);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(partyLine(party));
		paragraphs.add(msg("enforcement.doc.facts", day.format(row.issuedAt()), categoryName,
				row.notes() == null ? "" : row.notes(), row.caseNumber()));
		paragraphs.add(msg("enforcement.doc.basis", legalBasis(row.category())));
		paragraphs.add(msg("enforcement.doc.order", row.deadline() == null ? "—" : minute(row.deadline())));
		paragraphs.add(msg("enforcement.doc.remedy"));
		return new EnforcementDocument(measureId, msg("enforcement.doc.title.order"), row.number(), paragraphs,
				officerLabels(java.util.Arrays.stream(row.officers().split(",")).filter(s -> !s.isBlank()).toList()),
				partySignature(), serviceLines(), issuer, SEAL, day.format(row.issuedAt()),
				"/enforcement/documents/" + measureId + ".pdf");
	}

	/** Where the issuing body's seal goes, above its name. */
	public static final String SEAL = "（印章）";

	/** 当事人：name；地址：…；统一社会信用代码：… as every document names the party. */
	public String partyLine(Party party) {
		return msg("enforcement.doc.party", party.name(), party.address(),
				party.creditCode() == null ? "—" : party.creditCode());
	}

	/** The category's name as the case knows it (Chinese), else its code. */
	public String categoryName(String caseNumber, String categoryCode) {
		return cases.summary(new CaseNumber(caseNumber)).map(s -> s.categoryNameZh()).orElse(categoryCode);
	}

	/** The legal basis the discretion benchmark names for the category (its lightest grade), else the default regulation. */
	public String legalBasis(String categoryCode) {
		return jdbc.sql("select legal_basis from enforcement_benchmark where category_code = ? order by severity")
			.param(categoryCode)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(msg("enforcement.doc.basis.default"));
	}

	/** A time to the minute as a document states a deadline: 2026年12月5日2时52分. */
	public String minute(java.time.Instant at) {
		return DateTimeFormatter.ofPattern("yyyy年M月d日H时mm分", LEGAL).withZone(zone).format(at);
	}

	/** A date as a document states it: 2026年12月5日. */
	public String day(java.time.Instant at) {
		return DateTimeFormatter.ofPattern("yyyy年M月d日", LEGAL).withZone(zone).format(at);
	}

	/** The officers by name and certificate number, in Chinese. */
	public List<String> officerLabels(List<String> usernames) {
		return usernames.stream().map(u -> names.label(u, LEGAL)).toList();
	}

	/** 王芳（执法证号 …）、李强（执法证号 …）: named people on one line. */
	public String officersLine(List<String> usernames) {
		return String.join("、", officerLabels(usernames));
	}

	/** The party's signature and receipt line (签收). */
	public List<String> partySignature() {
		return List.of(msg("enforcement.doc.sign.party"));
	}

	/** The service lines (送达) of a document served on the party. */
	public List<String> serviceLines() {
		return List.of(msg("enforcement.doc.sign.server"), msg("enforcement.doc.sign.serviceAt"));
	}

	/** The issuing body named under every document. */
	public String issuer() {
		return issuer;
	}

	/** The document's text in Chinese, the language of the documents, from the enforcement bundle. */
	public String legal(String key, Object... args) {
		return msg(key, args);
	}

	/** Width of the body text, in points: A4 less the margins. */
	private static final float BODY_WIDTH = PageSize.A4.getWidth() - 2 * 72;

	private static final float BODY_SIZE = 12;

	/**
	 * The PDF of a document in the layout all kinds share. Lines are broken here, not by the PDF
	 * library, so that no line starts with closing punctuation (避头尾, {@link LineBreaking}).
	 */
	public byte[] pdf(EnforcementDocument doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, 72, 72, 72, 72);
		try {
			PdfWriter.getInstance(pdf, out);
			pdf.addTitle(doc.title() + " " + doc.number());
			pdf.open();
			BaseFont base = org.steward.print.CjkFont.get();
			Paragraph title = new Paragraph(doc.title(), new Font(base, 20, Font.BOLD));
			title.setAlignment(Element.ALIGN_CENTER);
			pdf.add(title);
			Paragraph number = new Paragraph(doc.number(), new Font(base, BODY_SIZE));
			number.setAlignment(Element.ALIGN_RIGHT);
			number.setSpacingAfter(18);
			pdf.add(number);
			Font body = new Font(base, BODY_SIZE);
			for (String text : doc.paragraphs()) {
				addLines(pdf, base, body, "\u3000\u3000" + text, 10, 0);
			}
			if (!doc.officersLine().isEmpty()) {
				addLines(pdf, base, body, doc.officersLine(), 10, 12);
			}
			for (String line : doc.signatures()) {
				addLines(pdf, base, body, line, 6, 12);
			}
			for (String line : doc.service()) {
				addLines(pdf, base, body, line, 6, 12);
			}
			Paragraph sign = new Paragraph(18, (doc.seal().isEmpty() ? "" : doc.seal() + "\n") + doc.issuer() + "\n" + doc.date(),
					body);
			sign.setAlignment(Element.ALIGN_RIGHT);
			sign.setSpacingBefore(36);
			pdf.add(sign);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not render " + doc.number(), ex);
		}
		finally {
			pdf.close();
		}
		return out.toByteArray();
	}

	/** One paragraph, broken into lines by {@link LineBreaking} (2 pt spare so the library never re-wraps). */
	private static void addLines(Document pdf, BaseFont base, Font body, String text, float after, float before)
			throws DocumentException {
		List<String> lines = LineBreaking.lines(text, BODY_WIDTH - 2, BODY_WIDTH - 2,
				s -> base.getWidthPoint(s, BODY_SIZE));
		for (int i = 0; i < lines.size(); i++) {
			Paragraph p = new Paragraph(18, lines.get(i), body);
			if (i == 0) {
				p.setSpacingBefore(before);
			}
			if (i == lines.size() - 1) {
				p.setSpacingAfter(after);
			}
			pdf.add(p);
		}
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, LEGAL);
	}

}
