package org.steward.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseSummary;
import org.steward.organization.Organization;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a case's board row as the HTML fragment pushed to browsers, from the case event alone.
 */
@Component
class BoardRows {

	private final Organization organization;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final ZoneId zone;

	BoardRows(Organization organization, ITemplateEngine templates, Clock clock, StewardProperties steward) {
		this.organization = organization;
		this.templates = templates;
		this.clock = clock;
		this.zone = steward.zone();
	}

	/** Station names by code in the reader's language: a board names the station, not its code. */
	static java.util.Map<String, String> stationNames(Organization organization, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return organization.stations()
			.stream()
			.collect(java.util.stream.Collectors.toMap(org.steward.organization.Station::code,
					st -> english ? st.nameEn() : st.nameZh()));
	}

	/** The row of the case as the event left it: the event carries the summary, so nothing is read back. */
	String render(CaseEvent event, Locale locale) {
		return render(event.summary(), locale);
	}

	/** The row of the case as {@code summary} shows it (a case event's, or one another node relayed). */
	String render(CaseSummary summary, Locale locale) {
		return render(BoardRow.of(summary, locale, clock), locale);
	}

	String render(BoardRow row, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("row", row);
		context.setVariable("zone", zone);
		context.setVariable("stationNames", stationNames(organization, locale));
		return templates.process("notification/partials/row", Set.of("oob"), context).strip();
	}
}
