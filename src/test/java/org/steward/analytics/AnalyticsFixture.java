package org.steward.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-computed month (March 2026, Asia/Shanghai) of the DOMAIN-FACTS check: 996 cases
 * registered; 972 of them due in March (24 due in April); 911 closed, 737 of them on time (handled
 * and closed before the deadline), 174 late; 61 still open, 30 of those with a missed handling
 * deadline. 20 reworked, 10 extended. Every case had an acknowledgement deadline, 900 were
 * acknowledged by it; 500 were rated: 450 satisfied or basically satisfied, 5 reopened by a failed
 * review. Plus 2 dismissed and 1 merged case, counted nowhere. Cases go round-robin to the stations
 * yuantian (squad dongfeng), huanghe (wenhua) and fengchan (fengchan).
 */
final class AnalyticsFixture {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

	static final String[][] STATIONS = { { "yuantian", "dongfeng", "410105010001", "410105010001001" },
			{ "huanghe", "wenhua", "410105008001", "410105008001001" },
			{ "fengchan", "fengchan", "410105009001", "410105009001002" } };

	private AnalyticsFixture() {
	}

	static List<CaseFact> facts() {
		List<CaseFact> facts = new ArrayList<>();
		for (int i = 0; i < 999; i++) {
			Instant registered = MARCH.plusDays(i % 28).atTime(9, 0).atZone(ZONE).toInstant().plusSeconds(i);
			String[] s = STATIONS[i % 3];
			boolean dueInApril = i >= 972 && i < 996;
			String status;
			Instant handleBy = dueInApril ? LocalDate.of(2026, 4, 2).atTime(17, 0).atZone(ZONE).toInstant()
					: registered.plus(Duration.ofDays(2));
			if (handleBy.atZone(ZONE).getMonthValue() != 3 && !dueInApril) {
				// keep every due day inside March for the first 972
				handleBy = LocalDate.of(2026, 3, 31).atTime(17, 0).atZone(ZONE).toInstant();
			}
			Instant handled = null;
			Instant closed = null;
			boolean missed = false;
			if (i >= 996) {
				status = i == 998 ? "MERGED" : "REJECTED";
			}
			else if (i < 737) {
				status = "CLOSED";
				handled = handleBy.minus(Duration.ofHours(3));
				closed = handleBy.minus(Duration.ofHours(1));
			}
			else if (i < 911) {
				status = "CLOSED";
				handled = handleBy.plus(Duration.ofHours(2));
				closed = handleBy.plus(Duration.ofHours(3));
			}
			else if (i < 972) {
				status = "ACKNOWLEDGED";
				missed = i < 941;
			}
			else {
				status = "ACKNOWLEDGED";
			}
			int rework = i >= 100 && i < 120 ? 1 : 0;
			boolean extended = i >= 200 && i < 210;
			Instant ackBy = registered.plus(Duration.ofMinutes(30));
			Instant firstAck = i < 900 ? registered.plus(Duration.ofMinutes(20)) : registered.plus(Duration.ofMinutes(50));
			String rating = i < 500 ? (i < 450 ? (i % 2 == 0 ? "SATISFIED" : "BASICALLY_SATISFIED") : "DISSATISFIED")
					: null;
			boolean reviewReworked = i >= 450 && i < 455;
			facts.add(new CaseFact(String.format("410105-2026-%06d", 900000 + i), CaseFact.Source.CASE, 5, registered,
					ackBy, handleBy, status, "410105", s[1], s[0], s[2], s[3], i % 2 == 0 ? "0401" : "0101",
					i % 2 == 0 ? "占道经营" : "私搭乱建", i % 2 == 0 ? "Street vending" : "Illegal construction",
					"URBAN_MANAGEMENT", "李强", 0, "WHISTLE", "园田路 " + (i % 5) + " 号", 34.79, 113.68, i % 7 == 0,
					firstAck, registered.plus(Duration.ofHours(1)), handled, closed, rework, extended, missed, rating,
					reviewReworked));
		}
		return facts;
	}

	static void load(FactStore store, JdbcClient jdbc) {
		jdbc.sql("delete from analytics_case_fact").update();
		jdbc.sql("delete from analytics_rollup").update();
		store.insertAll(facts());
		store.recountRollup();
	}

	static Period march() {
		return Period.of(Period.Kind.MONTH, MARCH);
	}
}
