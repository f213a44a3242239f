package org.steward.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;

/**
 * One case as a board row shows it, in one language. {@code deadline} is the one that matters
 * now: acknowledgement while dispatched, handling while acknowledged or on site.
 */
record BoardRow(String caseNumber, CaseStatus status, String category, @Nullable String address,
		@Nullable String stationCode, Instant registeredAt, @Nullable Instant deadline, boolean overdue,
		long minutesLeft) {

	public String rowId() {
		return "case-" + caseNumber;
	}

	static BoardRow of(CaseSummary s, Locale locale, Clock clock) {
		String category = s.categoryCode() + " " + (english(locale) ? s.categoryNameEn() : s.categoryNameZh());
		Instant deadline = currentDeadline(s.status(), s.acknowledgeBy(), s.handleBy());
		return new BoardRow(s.caseNumber().value(), s.status(), category, s.address(), s.stationCode(),
				s.registeredAt(), deadline, s.overdue() || passed(deadline, clock), minutesLeft(deadline, clock));
	}

	static @Nullable Instant currentDeadline(CaseStatus status, @Nullable Instant acknowledgeBy,
			@Nullable Instant handleBy) {
		return switch (status) {
			case DISPATCHED -> acknowledgeBy;
			case ACKNOWLEDGED, ON_SITE -> handleBy;
			default -> null;
		};
	}

	private static boolean passed(@Nullable Instant deadline, Clock clock) {
		return deadline != null && deadline.isBefore(clock.instant());
	}

	private static long minutesLeft(@Nullable Instant deadline, Clock clock) {
		return deadline == null ? 0 : Duration.between(clock.instant(), deadline).toMinutes();
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}
