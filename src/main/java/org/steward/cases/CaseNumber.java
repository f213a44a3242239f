package org.steward.cases;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A case's human-readable number, unique per district and year: district code, year and a
 * six-digit sequence, e.g. {@code 410105-2026-000017}.
 * In JSON it is the plain string.
 */
public record CaseNumber(@JsonValue String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{4}-\\d{6}");

	public CaseNumber {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a case number: " + value);
		}
	}

	public static CaseNumber of(String districtCode, int year, long sequence) {
		return new CaseNumber(String.format("%s-%04d-%06d", districtCode, year, sequence));
	}

	public static boolean isValid(String text) {
		return FORMAT.matcher(text).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
