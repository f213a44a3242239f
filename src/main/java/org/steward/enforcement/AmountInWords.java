package org.steward.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan in the capital numerals a financial document writes next to the figures
 * (大写): 8000 → 捌仟元整, 1050.5 → 壹仟零伍拾元伍角, 0.05 → 伍分.
 */
public final class AmountInWords {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] SMALL = { "", "拾", "佰", "仟" };

	private static final String[] GROUPS = { "", "万", "亿", "万亿" };

	private AmountInWords() {
	}

	public static String of(BigDecimal amount) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("No amount in words for a negative amount: " + amount);
		}
		BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
		long whole = fen.longValue();
		int cents = fen.remainder(BigDecimal.ONE).movePointRight(2).intValue();
		StringBuilder out = new StringBuilder();
		if (whole > 0) {
			out.append(integer(whole)).append('元');
		}
		int jiao = cents / 10;
		int f = cents % 10;
		if (jiao == 0 && f == 0) {
			return whole == 0 ? "零元整" : out.append('整').toString();
		}
		if (jiao > 0) {
			out.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (whole > 0) {
			out.append('零');
		}
		if (f > 0) {
			out.append(DIGITS.charAt(f)).append('分');
		}
		return out.toString();
	}

	private static String integer(long value) {
		StringBuilder out = new StringBuilder();
		int group = 0;
		boolean zeroPending = false;
		while (value > 0) {
			int part = (int) (value % 10000);
			value /= 10000;
			if (part > 0) {
				String words = fourDigits(part) + GROUPS[group];
				if (zeroPending) {
					words = words + "零";
				}
				out.insert(0, words);
				zeroPending = part < 1000 && value > 0;
			}
			else if (!out.isEmpty()) {
				zeroPending = true;
			}
			group++;
		}
		String s = out.toString();
		return s.endsWith("零") ? s.substring(0, s.length() - 1) : s;
	}

	private static String fourDigits(int part) {
		StringBuilder out = new StringBuilder();
		boolean zero = false;
		for (int pos = 3; pos >= 0; pos--) {
			int d = (part / (int) Math.pow(10, pos)) % 10;
			if (d == 0) {
				zero = !out.isEmpty();
			}
			else {
				if (zero) {
					out.append('零');
					zero = false;
				}
				out.append(DIGITS.charAt(d)).append(SMALL[pos]);
			}
		}
		return out.toString();
	}
}
