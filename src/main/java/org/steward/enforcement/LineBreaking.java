package org.steward.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines the way Chinese typesetting requires (避头尾, GB/T 15834 and
 * the 禁则 of JIS X 4051): no line starts with closing punctuation (。，、；：？！）》」…) and no
 * line ends with opening punctuation (（《「“…). A character that would start a line is pulled
 * back by moving the previous character down with it. Runs of Latin letters and digits (a
 * certificate number, an amount) are kept whole where they fit on a line.
 */
public final class LineBreaking {

	/** Characters that never start a line. */
	public static final String NO_START = "。，、；：？！）》」』】〕〉”’…—·.,;:?!)]}%‰℃";

	/** Characters that never end a line. */
	static final String NO_END = "（《「『【〔〈“‘([{￥$";

	private LineBreaking() {
	}

	/**
	 * @param text the paragraph (without line breaks)
	 * @param firstWidth the width available to the first line
	 * @param width the width available to the following lines
	 * @param widthOf the rendered width of a string
	 */
	public static List<String> lines(String text, double firstWidth, double width, ToDoubleFunction<String> widthOf) {
		List<String> tokens = tokens(text);
		List<StringBuilder> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		lines.add(line);
		for (String token : tokens) {
			double available = lines.size() == 1 ? firstWidth : width;
			if (line.isEmpty() || widthOf.applyAsDouble(line + token) <= available) {
				line.append(token);
				if (token.length() > 1 && widthOf.applyAsDouble(line.toString()) > available) {
					// a run longer than a line: split it where it must
					String all = line.toString();
					line.setLength(0);
					for (int i = 0; i < all.length(); i++) {
						String c = all.substring(i, i + 1);
						if (!line.isEmpty() && widthOf.applyAsDouble(line + c) > (lines.size() == 1 ? firstWidth : width)) {
							line = new StringBuilder();
							lines.add(line);
						}
						line.append(c);
					}
				}
				continue;
			}
			StringBuilder next = new StringBuilder(token);
			// pull back what may not start a line and what may not end one, keeping something on the line
			while (line.length() > 1 && (NO_START.indexOf(next.charAt(0)) >= 0
					|| NO_END.indexOf(line.charAt(line.length() - 1)) >= 0)) {
				next.insert(0, line.charAt(line.length() - 1));
				line.setLength(line.length() - 1);
			}
			line = next;
			lines.add(line);
		}
		return lines.stream().map(StringBuilder::toString).filter(s -> !s.isEmpty()).toList();
	}

	/** Single characters, and runs of ASCII letters, digits and the marks inside numbers. */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int j = i;
			while (j < text.length() && word(text.charAt(j))) {
				j++;
			}
			if (j > i) {
				tokens.add(text.substring(i, j));
				i = j;
			}
			else {
				tokens.add(text.substring(i, i + 1));
				i++;
			}
		}
		return tokens;
	}

	private static boolean word(char c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
	}
}
