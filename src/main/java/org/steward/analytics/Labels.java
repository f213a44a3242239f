package org.steward.analytics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.steward.catalog.Catalog;
import org.steward.organization.Departments;
import org.steward.organization.Organization;

/** Names of squads, stations, departments and categories in the reader's language; codes otherwise. */
@Component
class Labels {

	private final Organization organization;

	private final Departments departments;

	private final Catalog catalog;

	Labels(Organization organization, Departments departments, Catalog catalog) {
		this.organization = organization;
		this.departments = departments;
		this.catalog = catalog;
	}

	Map<String, String> of(Dimension dim, Locale locale) {
		boolean en = "en".equals(locale.getLanguage());
		Map<String, String> names = new HashMap<>();
		switch (dim) {
			case SQUAD -> organization.squads().forEach(s -> names.put(s.code(), en ? s.nameEn() : s.nameZh()));
			case STATION -> organization.stations().forEach(s -> names.put(s.code(), en ? s.nameEn() : s.nameZh()));
			case DEPARTMENT -> departments.all().forEach(d -> names.put(d.code(), en ? d.nameEn() : d.nameZh()));
			case CATEGORY -> catalog.allCurrent().forEach(c -> names.put(c.code(), c.code() + " " + (en ? c.nameEn() : c.nameZh())));
			default -> {
			}
		}
		return names;
	}

	String label(Dimension dim, String value, Locale locale) {
		return of(dim, locale).getOrDefault(value, value);
	}

	/** The squad a station belongs to, or the unknown code. */
	String squadOf(String stationCode) {
		return organization.station(stationCode).map(s -> s.squadCode()).orElse(CaseFact.UNKNOWN);
	}
}
