package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.web.CaseSamples;

class BoardRowTests {

	static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aDispatchedCaseCountsDownToItsAcknowledgement() {
		BoardRow row = BoardRow.of(CaseSamples.summary("410105-2026-000001", CaseStatus.DISPATCHED, "yuantian", NOW),
				Locale.SIMPLIFIED_CHINESE, clock);
		assertThat(row.deadline()).isEqualTo(NOW.plus(Duration.ofMinutes(12)));
		assertThat(row.minutesLeft()).isEqualTo(12);
		assertThat(row.overdue()).isFalse();
		assertThat(row.category()).isEqualTo("0101 私搭乱建");
		assertThat(row.rowId()).isEqualTo("case-410105-2026-000001");
	}

	@Test
	void anAcknowledgedCaseCountsDownToItsHandlingAndIsOverdueOnceItPassed() {
		CaseSummary s = CaseSamples.summary("410105-2026-000002", CaseStatus.ACKNOWLEDGED, "yuantian",
				NOW.minus(Duration.ofHours(21)));
		BoardRow row = BoardRow.of(s, Locale.ENGLISH, clock);
		assertThat(row.deadline()).isEqualTo(s.handleBy());
		assertThat(row.minutesLeft()).isEqualTo(-60);
		assertThat(row.overdue()).isTrue();
		assertThat(row.category()).isEqualTo("0101 Illegal structure");
	}

	@Test
	void aHandledCaseHasNoDeadlineToCount() {
		BoardRow row = BoardRow.of(CaseSamples.summary("410105-2026-000003", CaseStatus.HANDLED, "yuantian", NOW),
				Locale.SIMPLIFIED_CHINESE, clock);
		assertThat(row.deadline()).isNull();
		assertThat(row.overdue()).isFalse();
	}
}
