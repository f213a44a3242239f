package org.steward.cases;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a resident keeps to follow a case: ten characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), random so that codes cannot be guessed from one another.
 * In JSON it is the plain string.
 */
public record TrackingCode(@JsonValue String value) {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{10}");

	private static final SecureRandom RANDOM = new SecureRandom();

	public TrackingCode {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a tracking code: " + value);
		}
	}

	public static TrackingCode random() {
		StringBuilder code = new StringBuilder(10);
		for (int i = 0; i < 10; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new TrackingCode(code.toString());
	}

	public static boolean isValid(String text) {
		return FORMAT.matcher(text).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
