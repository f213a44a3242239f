package org.steward.enforcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
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

	EnforcementDocuments(JdbcClient jdbc, Parties parties, Cases cases, MessageSource messages,
			StewardProperties steward, EnforcementProperties settings) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.cases = cases;
		this.messages = messages;
		this.zone = steward.zone();
		this.issuer = settings.issuer();
	}

	EnforcementDocument document(long measureId) {
		record Row(String kind, String number, java.time.Instant issuedAt, String caseNumber, long partyId,
				String category, @org.jspecify.annotations.Nullable String notes,
				java.time.@org.jspecify.annotations.Nullable Instant deadline) {
		}
		Row row = jdbc.sql("""
				select d.kind, d.doc_number, d.issued_at, m.case_number, m.party_id, m.category_code, m.notes, m.deadline
				from enforcement_document d join enforcement_measure m on m.id = d.measure_id where d.measure_id = ?""")
			.param(measureId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getString(7), Measures.instant(rs.getTimestamp(8))))
			.optional()
			.orElseThrow(() -> EnforcementRefusals.documentNotFound(measureId));
		Party party = parties.find(row.partyId()).orElseThrow();
		String categoryName = cases.summary(new CaseNumber(row.caseNumber()))
			.map(s -> s.categoryNameZh())
			.orElse(row.category());
		String basis = jdbc.sql("select legal_basis from enforcement_benchmark where category_code = ? order by severity")
			.param(row.category())
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(msg("enforcement.doc.basis.default"));
		DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy年M月d日", LEGAL).withZone(zone);
		boolean order = MeasureType.RECTIFICATION_ORDER.name().equals(row.kind());
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(msg("enforcement.doc.party", party.name(), party.address(),
				party.creditCode() == null ? "—" : party.creditCode()));
		paragraphs.add(msg("enforcement.doc.facts", day.format(row.issuedAt()), categoryName,
				row.notes() == null ? "" : row.notes(), row.caseNumber()));
		paragraphs.add(msg("enforcement.doc.basis", basis));
		if (order) {
			paragraphs.add(msg("enforcement.doc.order",
					row.deadline() == null ? "—" : DateTimeFormatter.ofPattern("yyyy年M月d日H时", LEGAL).withZone(zone).format(row.deadline())));
		}
		else {
			record Decision(java.math.@org.jspecify.annotations.Nullable BigDecimal amount,
					@org.jspecify.annotations.Nullable String facts, @org.jspecify.annotations.Nullable String reviewedBy) {
			}
			Decision decision = jdbc.sql("select amount, facts, reviewed_by from enforcement_penalty where measure_id = ?")
				.param(measureId)
				.query((rs, n) -> new Decision(rs.getBigDecimal(1), rs.getString(2), rs.getString(3)))
				.optional()
				.orElse(new Decision(null, null, null));
			if (decision.facts() != null) {
				paragraphs.add(msg("enforcement.doc.penalty.facts", decision.facts()));
			}
			if (decision.reviewedBy() != null) {
				paragraphs.add(msg("enforcement.doc.penalty.reviewed"));
			}
			paragraphs.add(decision.amount() == null ? msg("enforcement.doc.penalty")
					: msg("enforcement.doc.penalty.fine", EnforcementRules.yuan(decision.amount())));
		}
		paragraphs.add(msg("enforcement.doc.remedy"));
		return new EnforcementDocument(measureId,
				msg(order ? "enforcement.doc.title.order" : "enforcement.doc.title.penalty"), row.number(), paragraphs,
				List.of(), issuer, day.format(row.issuedAt()), "/enforcement/documents/" + measureId + ".pdf");
	}

	byte[] pdf(EnforcementDocument doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, 72, 72, 72, 72);
		try {
			PdfWriter.getInstance(pdf, out);
			pdf.addTitle(doc.title() + " " + doc.number());
			pdf.open();
			BaseFont base = CjkFont.get();
			Paragraph title = new Paragraph(doc.title(), new Font(base, 20, Font.BOLD));
			title.setAlignment(Element.ALIGN_CENTER);
			pdf.add(title);
			Paragraph number = new Paragraph(doc.number(), new Font(base, 12));
			number.setAlignment(Element.ALIGN_RIGHT);
			number.setSpacingAfter(18);
			pdf.add(number);
			Font body = new Font(base, 12);
			for (String text : doc.paragraphs()) {
				Paragraph p = new Paragraph(18, text, body);
				p.setFirstLineIndent(24);
				p.setSpacingAfter(10);
				pdf.add(p);
			}
			for (String line : doc.signatures()) {
				Paragraph signature = new Paragraph(18, line, body);
				signature.setSpacingBefore(12);
				pdf.add(signature);
			}
			Paragraph sign = new Paragraph(doc.issuer() + "\n" + doc.date(), body);
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

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, LEGAL);
	}

	/** The embedded font, read from the jar once (16 MB, so not per document). */
	static final class CjkFont {

		private static volatile BaseFont font;

		private CjkFont() {
		}

		static BaseFont get() {
			BaseFont f = font;
			if (f == null) {
				synchronized (CjkFont.class) {
					f = font;
					if (f == null) {
						try (InputStream in = CjkFont.class.getResourceAsStream("/fonts/wqy-zenhei.ttc")) {
							if (in == null) {
								throw new IllegalStateException("fonts/wqy-zenhei.ttc is missing from the classpath");
							}
							f = BaseFont.createFont("wqy-zenhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
									in.readAllBytes(), null);
							font = f;
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						catch (DocumentException ex) {
							throw new IllegalStateException(ex);
						}
					}
				}
			}
			return f;
		}
	}
}
