package org.steward.identity;

import java.util.regex.Pattern;

/**
 * The shape each kind of data-scope code must have: administrative codes for districts (6
 * digits) and communities (12 digits, GB/T 2260 + street + community), lower-case slugs for
 * squads and stations, upper-case constants for departments. Identity may not depend on
 * territory or organisation, so only the shape is checked, not that the code exists.
 */
final class ScopeCodeFormat {

	private static final Pattern DISTRICT = Pattern.compile("\\d{6}");

	private static final Pattern COMMUNITY = Pattern.compile("\\d{12}");

	private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,31}");

	private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z_]{1,39}");

	private ScopeCodeFormat() {
	}

	static boolean accepts(String kind, String code) {
		Pattern pattern = switch (kind) {
			case "DISTRICT" -> DISTRICT;
			case "COMMUNITY" -> COMMUNITY;
			case "SQUAD", "STATION" -> SLUG;
			case "DEPARTMENT" -> DEPARTMENT;
			default -> null;
		};
		return pattern != null && pattern.matcher(code).matches();
	}
}
