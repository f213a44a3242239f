package org.steward.territory;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The code rules of each level. Administrative codes follow GB/T 2260 (6-digit district) and
 * the statistical division codes below it (3-digit street, 3-digit community); unit-grid codes
 * append a 2-digit (CJ/T 349) or 3-digit (Beijing DB11) sequence to the community code, and
 * both are accepted. Residential compounds have no national code, so any short text code is
 * allowed. Codes are text: leading zeros matter.
 */
final class TerritoryCodes {

	private static final Pattern DISTRICT = Pattern.compile("\\d{6}");
	private static final Pattern STREET = Pattern.compile("\\d{9}");
	private static final Pattern COMMUNITY = Pattern.compile("\\d{12}");
	private static final Pattern GRID = Pattern.compile("\\d{14}|\\d{15}");
	private static final Pattern COMPOUND = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

	private TerritoryCodes() {
	}

	/** Why {@code code} is not a valid code for {@code level}, in English; empty when it is valid. */
	static Optional<String> whyInvalid(TerritoryLevel level, String code) {
		boolean ok = switch (level) {
			case DISTRICT -> DISTRICT.matcher(code).matches();
			case STREET -> STREET.matcher(code).matches();
			case COMMUNITY -> COMMUNITY.matcher(code).matches();
			case GRID -> GRID.matcher(code).matches();
			case COMPOUND -> COMPOUND.matcher(code).matches();
		};
		if (ok) {
			return Optional.empty();
		}
		return Optional.of(switch (level) {
			case DISTRICT -> "expected 6 digits (GB/T 2260)";
			case STREET -> "expected 9 digits (district code + 3)";
			case COMMUNITY -> "expected 12 digits (street code + 3)";
			case GRID -> "expected 14 or 15 digits (community code + 2 or 3)";
			case COMPOUND -> "expected 1 to 40 letters, digits, '.', '_' or '-'";
		});
	}

	/**
	 * The parent code a valid code implies by its prefix; none for a district (top level) and
	 * a compound (whose code says nothing about where it is).
	 */
	static Optional<String> impliedParent(TerritoryLevel level, String code) {
		return Optional.ofNullable(switch (level) {
			case STREET -> code.substring(0, 6);
			case COMMUNITY -> code.substring(0, 9);
			case GRID -> code.substring(0, 12);
			case DISTRICT, COMPOUND -> null;
		});
	}

	/** Whether a unit of {@code child} level may sit directly under a unit of {@code parent} level. */
	static boolean mayBeParent(TerritoryLevel child, TerritoryLevel parent) {
		return switch (child) {
			case DISTRICT -> false;
			case STREET -> parent == TerritoryLevel.DISTRICT;
			case COMMUNITY -> parent == TerritoryLevel.STREET;
			case GRID -> parent == TerritoryLevel.COMMUNITY;
			case COMPOUND -> parent == TerritoryLevel.GRID || parent == TerritoryLevel.COMMUNITY;
		};
	}

	/** The parent levels a level accepts, for messages. */
	static String expectedParent(TerritoryLevel child) {
		return switch (child) {
			case DISTRICT -> "none";
			case STREET -> "district";
			case COMMUNITY -> "street";
			case GRID -> "community";
			case COMPOUND -> "grid or community";
		};
	}

	/** Whether a unit of {@code level} must name its parent explicitly. */
	static boolean needsExplicitParent(TerritoryLevel level) {
		return level == TerritoryLevel.COMPOUND;
	}

	/** Whether {@code given} agrees with the parent implied by the code (or nothing is implied). */
	static boolean prefixMatches(TerritoryLevel level, String code, @Nullable String given) {
		return given == null || impliedParent(level, code).map(given::equals).orElse(true);
	}
}
