package org.steward.analytics;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monthly report for the district's leadership as PDF: the indicators, the league table of
 * squads, what the direct route saves and the prominent problems of one month, in the embedded
 * CJK font the enforcement documents use.
 */
@Component
class MonthlyReport {


	private final Indicators indicators;

	private final Scorecards scorecards;

	private final Savings savings;

	private final Problems problems;

	private final MessageSource messages;

	MonthlyReport(Indicators indicators, Scorecards scorecards, Savings savings, Problems problems,
			MessageSource messages) {
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.savings = savings;
		this.problems = problems;
		this.messages = messages;
	}

	byte[] render(LocalDate month, AnalyticsScope scope, Locale locale) {
		Period p = Period.of(Period.Kind.MONTH, month);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, 48, 48, 56, 56);
		try {
			PdfWriter.getInstance(pdf, out);
			String title = msg(locale, "analytics.report.title", p.from().toString().substring(0, 7));
			pdf.addTitle(title);
			pdf.open();
			BaseFont base = org.steward.print.CjkFont.get();
			Font h1 = new Font(base, 18, Font.BOLD);
			Font h2 = new Font(base, 13, Font.BOLD);
			Font body = new Font(base, 10);
			Paragraph t = new Paragraph(title, h1);
			t.setAlignment(Element.ALIGN_CENTER);
			t.setSpacingAfter(12);
			pdf.add(t);

			pdf.add(heading(msg(locale, "analytics.tab.indicators"), h2));
			IndicatorRow total = indicators.total(p, scope, locale);
			PdfPTable ind = table(3);
			for (Indicator i : Indicator.values()) {
				ind.addCell(cell(msg(locale, "analytics.indicator." + i), body));
				BigDecimal v = total.percent(i);
				ind.addCell(cell(v == null ? "—" : i.isRate() ? v + " %" : v.toPlainString(), body));
				ind.addCell(cell(i.isRate() ? total.count(i.numerator()) + " / " + total.count(i.denominator()) : "",
						body));
			}
			pdf.add(ind);

			pdf.add(heading(msg(locale, "analytics.league.title"), h2));
			PdfPTable league = table(4);
			for (Scorecards.Scorecard c : scorecards.league(p,
					scope.isDistrict() ? Dimension.SQUAD : Dimension.STATION, scope, locale)) {
				league.addCell(cell(c.rank() == 0 ? "—" : Integer.toString(c.rank()), body));
				league.addCell(cell(c.row().label(), body));
				league.addCell(cell(c.performance() == null ? "—" : String.format(Locale.ROOT, "%.2f", c.performance()),
						body));
				league.addCell(cell(c.grade() == null ? "" : c.grade(), body));
			}
			pdf.add(league);

			pdf.add(heading(msg(locale, "analytics.savings.title"), h2));
			PdfPTable route = table(1 + Savings.Step.values().length);
			route.addCell(cell("", body));
			for (Savings.Step s : Savings.Step.values()) {
				route.addCell(cell(msg(locale, "analytics.savings.step." + s), body));
			}
			for (Savings.Group g : savings.byRoute(p, scope)) {
				route.addCell(cell(msg(locale, "analytics.savings." + g.name()) + " (" + g.cases() + ")", body));
				for (Savings.Step s : Savings.Step.values()) {
					Savings.Stat st = g.stat(s);
					route.addCell(cell(st.median() == null ? "—"
							: msg(locale, "analytics.savings.minutes", st.median(), st.p90()), body));
				}
			}
			pdf.add(route);

			pdf.add(heading(msg(locale, "analytics.problems.categories"), h2));
			PdfPTable top = table(2);
			for (IndicatorRow r : problems.top(p, Dimension.CATEGORY, scope, locale)) {
				top.addCell(cell(r.label(), body));
				top.addCell(cell(Long.toString(r.count(Counter.REGISTERED)), body));
			}
			pdf.add(top);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not render the monthly report", ex);
		}
		finally {
			pdf.close();
		}
		return out.toByteArray();
	}

	private static Paragraph heading(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingBefore(12);
		p.setSpacingAfter(6);
		return p;
	}

	private static PdfPTable table(int columns) {
		PdfPTable t = new PdfPTable(columns);
		t.setWidthPercentage(100);
		return t;
	}

	private static com.lowagie.text.pdf.PdfPCell cell(String text, Font font) {
		com.lowagie.text.pdf.PdfPCell c = new com.lowagie.text.pdf.PdfPCell(new Paragraph(text, font));
		c.setPadding(3);
		return c;
	}

	private String msg(Locale locale, String key, @Nullable Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
