package org.steward.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.cases.CaseChanged;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseRejected;
import org.steward.cases.CaseSummary;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a case's board row as the HTML fragment pushed to browsers. Reads the case back as
 * the board itself (district-wide, read-only) because a listener runs without a signed-in user.
 */
@Component
class BoardRows {

	private final CaseQueries queries;

	private final Organization organization;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final ZoneId zone;

	BoardRows(CaseQueries queries, Organization organization, ITemplateEngine templates, Clock clock,
			StewardProperties steward) {
		this.queries = queries;
		this.organization = organization;
		this.templates = templates;
		this.clock = clock;
		this.zone = steward.zone();
	}

	/** The case as the board sees it, or empty when it cannot be read (then the event alone is shown). */
	java.util.Optional<CaseSummary> summary(CaseNumber number, @org.jspecify.annotations.Nullable String stationCode) {
		String district = stationCode == null ? null
				: organization.jurisdictionOf(stationCode).map(DataScope.Jurisdiction::districtCode).orElse(null);
		if (district == null) {
			district = organization.stations()
				.stream()
				.findFirst()
				.flatMap(s -> organization.jurisdictionOf(s.code()))
				.map(DataScope.Jurisdiction::districtCode)
				.orElse(null);
		}
		if (district == null) {
			return java.util.Optional.empty();
		}
		CurrentUser board = new CurrentUser("live-board", "live board", Set.of(Role.COMMAND_CENTRE),
				new DataScope.District(district));
		try {
			return java.util.Optional.of(queries.detail(number, board).summary());
		}
		catch (CaseRejected ex) {
			return java.util.Optional.empty();
		}
	}

	/** Station names by code in the reader's language: a board names the station, not its code. */
	static java.util.Map<String, String> stationNames(Organization organization, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return organization.stations()
			.stream()
			.collect(java.util.stream.Collectors.toMap(org.steward.organization.Station::code,
					st -> english ? st.nameEn() : st.nameZh()));
	}

	String render(CaseChanged event, java.util.Optional<CaseSummary> summary, Locale locale) {
		BoardRow row = summary.map(s -> BoardRow.of(s, locale, clock)).orElseGet(() -> BoardRow.of(event, clock));
		return render(row, locale);
	}

	String render(BoardRow row, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("row", row);
		context.setVariable("zone", zone);
		context.setVariable("stationNames", stationNames(organization, locale));
		return templates.process("notification/partials/row", Set.of("oob"), context).strip();
	}
}
