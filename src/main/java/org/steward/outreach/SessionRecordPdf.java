package org.steward.outreach;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.identity.Accounts;
import org.steward.organization.Station;
import org.steward.parties.Parties;
import org.steward.parties.Party;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printable record of a session (普法宣传活动记录) with its sign-in list, as a PDF with the
 * embedded CJK font (WenQuanYi Zen Hei from the jar), so it prints the same on any machine. Phones
 * on the sign-in list are masked: the record is filed and shown.
 */
@Component
class SessionRecordPdf {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final Sessions sessions;

	private final Parties parties;

	private final Accounts accounts;

	private final StationScope scope;

	private final MessageSource messages;

	private final ZoneId zone;

	SessionRecordPdf(Sessions sessions, Parties parties, Accounts accounts, StationScope scope, MessageSource messages,
			StewardProperties steward) {
		this.sessions = sessions;
		this.parties = parties;
		this.accounts = accounts;
		this.scope = scope;
		this.messages = messages;
		this.zone = steward.zone();
	}

	byte[] render(Sessions.Session s) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
		Station station = scope.station(s.stationCode());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
		try {
			PdfWriter.getInstance(pdf, out);
			pdf.addTitle(msg("outreach.record.title") + " #" + s.id());
			pdf.open();
			BaseFont base = org.steward.print.CjkFont.get();
			Font body = new Font(base, 11);
			Font bold = new Font(base, 11, Font.BOLD);
			Paragraph title = new Paragraph(msg("outreach.record.title"), new Font(base, 18, Font.BOLD));
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingAfter(14);
			pdf.add(title);
			PdfPTable facts = new PdfPTable(new float[] { 1, 3 });
			facts.setWidthPercentage(100);
			row(facts, msg("outreach.session.station"), station.nameZh(), body, bold);
			row(facts, msg("outreach.session.time"), time.format(s.startsAt()) + " – " + time.format(s.endsAt()), body, bold);
			row(facts, msg("outreach.session.place"), s.place() + (s.gridCode() == null ? "" : "（" + s.gridCode() + "）"), body, bold);
			row(facts, msg("outreach.session.format"), msg("outreach.format." + s.format()), body, bold);
			row(facts, msg("outreach.session.audience"), msg("outreach.audience." + s.audience()), body, bold);
			row(facts, msg("outreach.session.topic"), s.topic(), body, bold);
			row(facts, msg("outreach.session.legalBases"),
					String.join("；", s.legalBases().stream().map(LegalBases.LegalBasis::label).toList()), body, bold);
			row(facts, msg("outreach.session.officers"),
					String.join("、", s.officers().stream().map(u -> accounts.byUsername(u).map(a -> a.displayName()).orElse(u)).toList()),
					body, bold);
			row(facts, msg("outreach.session.materials"), String.join("；",
					s.materials().stream().map(m -> m.title() + " × " + m.copies()).toList()), body, bold);
			row(facts, msg("outreach.session.walkIns"), String.valueOf(s.walkInHeadcount()), body, bold);
			row(facts, msg("outreach.session.consultations"), String.valueOf(s.consultations()), body, bold);
			row(facts, msg("outreach.session.notes"), s.notes() == null ? "" : s.notes(), body, bold);
			row(facts, msg("outreach.session.photos"), String.valueOf(sessions.photos(s.id()).size()), body, bold);
			pdf.add(facts);
			Paragraph list = new Paragraph(msg("outreach.session.signInList"), new Font(base, 13, Font.BOLD));
			list.setSpacingBefore(14);
			list.setSpacingAfter(8);
			pdf.add(list);
			PdfPTable table = new PdfPTable(new float[] { 0.5f, 1.5f, 2.5f, 1.5f, 1.5f, 1 });
			table.setWidthPercentage(100);
			for (String h : List.of("outreach.attendance.no", "outreach.attendance.name", "outreach.attendance.party",
					"outreach.attendance.phone", "outreach.attendance.at", "outreach.attendance.via")) {
				table.addCell(new PdfPCell(new Phrase(msg(h), bold)));
			}
			int n = 1;
			for (Sessions.Attendance a : sessions.attendance(s.id())) {
				String party = a.partyId() == null ? msg("outreach.attendance.walkIn")
						: parties.find(a.partyId()).map(Party::name).orElse("#" + a.partyId());
				for (String cell : List.of(String.valueOf(n++), a.name(), party, a.maskedPhone() == null ? "" : a.maskedPhone(),
						time.format(a.signedInAt()), msg("outreach.via." + a.via()))) {
					table.addCell(new PdfPCell(new Phrase(cell, body)));
				}
			}
			pdf.add(table);
			Paragraph sign = new Paragraph(msg("outreach.record.signature"), body);
			sign.setSpacingBefore(28);
			sign.setAlignment(Element.ALIGN_RIGHT);
			pdf.add(sign);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not render the record of session " + s.id(), ex);
		}
		finally {
			pdf.close();
		}
		return out.toByteArray();
	}

	private static void row(PdfPTable table, String label, String value, Font body, Font bold) {
		table.addCell(new PdfPCell(new Phrase(label, bold)));
		table.addCell(new PdfPCell(new Phrase(value, body)));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, ZH);
	}

}
