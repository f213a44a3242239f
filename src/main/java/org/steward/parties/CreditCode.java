package org.steward.parties;

import java.util.Optional;

import org.steward.refusal.Refusal;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, Z, S, V), the last one a check character computed from the
 * first 17 with fixed weights modulo 31.
 */
public final class CreditCode {

	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/** Empty when {@code code} is valid, otherwise why not. */
	public static Optional<String> problem(String code) {
		if (code.length() != 18) {
			return Optional.of("A unified social credit code has 18 characters, this one has " + code.length());
		}
		int sum = 0;
		for (int i = 0; i < 18; i++) {
			int value = ALPHABET.indexOf(code.charAt(i));
			if (value < 0) {
				return Optional.of("Character " + (i + 1) + " '" + code.charAt(i)
						+ "' is not allowed in a unified social credit code (digits and ABCDEFGHJKLMNPQRTUWXY only)");
			}
			if (i < 17) {
				sum += value * WEIGHTS[i];
			}
		}
		char expected = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != expected) {
			return Optional.of("The check character of this unified social credit code is wrong: expected " + expected
					+ " but was " + code.charAt(17) + " (GB 32100)");
		}
		return Optional.empty();
	}

	/** The refusal of an invalid code's field, worded from {@code parties.refused.creditCode.*}. */
	static Refusal.FieldError refusal(String code) {
		if (code.length() != 18) {
			return Refusal.FieldError.of("creditCode", "parties.refused.creditCode.length", code.length());
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return Refusal.FieldError.of("creditCode", "parties.refused.creditCode.character", i + 1,
						String.valueOf(code.charAt(i)));
			}
		}
		return Refusal.FieldError.of("creditCode", "parties.refused.creditCode.check",
				String.valueOf(checkCharacter(code.substring(0, 17))), String.valueOf(code.charAt(17)));
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}
}
