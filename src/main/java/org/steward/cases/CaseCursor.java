package org.steward.cases;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A position in a case list (newest first): the registration time and row of the case at the edge
 * of a page, and whether the list continues after it ({@code backwards} false: older cases) or before
 * it (true: newer cases, the previous page). A list page resumes from it with an index range scan
 * that reads one page of rows however deep the page is, where an offset reads every row before it
 * (keyset pagination). Written in addresses as {@link #token()}: {@code <epoch second>.<nanos>.<row>}.
 */
public record CaseCursor(Instant registeredAt, long row, boolean backwards) {

	/** Longer than any token {@link #token()} makes; a longer text is refused before it is parsed. */
	public static final int MAX_TOKEN = 60;

	private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,19})\\.(\\d{1,9})\\.(\\d{1,19})");

	public String token() {
		return registeredAt.getEpochSecond() + "." + registeredAt.getNano() + "." + row;
	}

	/**
	 * Where a requested page starts: {@code after} (a list's {@code after} token, the next page) or
	 * {@code before} (its {@code before} token, the previous page), or null for neither.
	 *
	 * @throws org.steward.refusal.Refusal naming {@code after} or {@code before} for a text no list wrote
	 */
	public static @Nullable CaseCursor of(@Nullable String after, @Nullable String before) {
		if (after != null && !after.isBlank()) {
			CaseCursor cursor = parse(after.strip(), false);
			if (cursor == null) {
				throw CaseRefusals.notACursor("after");
			}
			return cursor;
		}
		if (before != null && !before.isBlank()) {
			CaseCursor cursor = parse(before.strip(), true);
			if (cursor == null) {
				throw CaseRefusals.notACursor("before");
			}
			return cursor;
		}
		return null;
	}

	/** The cursor a token stands for, or null when it is not one (the caller refuses it, naming its field). */
	public static @Nullable CaseCursor parse(@Nullable String token, boolean backwards) {
		if (token == null || token.length() > MAX_TOKEN) {
			return null;
		}
		Matcher m = TOKEN.matcher(token);
		if (!m.matches()) {
			return null;
		}
		try {
			Instant at = Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
			return new CaseCursor(at, Long.parseLong(m.group(3)), backwards);
		}
		catch (RuntimeException outOfRange) {
			return null;
		}
	}
}
