package org.steward.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.steward.catalog.Urgency;
import org.steward.identity.Role;
import org.steward.territory.GeoPoint;

/** Demo callers and reports for the case tests. */
final class CaseTestSupport {

	static final GeoPoint DEMO_POINT = new GeoPoint(34.7985, 113.6830);

	static final GeoPoint BEIJING = new GeoPoint(39.9042, 116.4074);

	private CaseTestSupport() {
	}

	/** A bearer token of a demo account, as the API sees it after verification. */
	static RequestPostProcessor as(String username, Role role) {
		return jwt().jwt(j -> j.subject(username)).authorities(new SimpleGrantedAuthority(role.authority()));
	}

	static RequestPostProcessor officer() {
		return as("officer.yuantian1", Role.OFFICER);
	}

	static RequestPostProcessor stationHead() {
		return as("station.yuantian", Role.STATION_HEAD);
	}

	static RequestPostProcessor squadLeader() {
		return as("squad.dongfeng", Role.SQUAD_LEADER);
	}

	static RequestPostProcessor command() {
		return as("command", Role.COMMAND_CENTRE);
	}

	/** Report ids are intake's; tests pick random ones so reruns against one database never collide. */
	static long reportId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
	}

	static NewReport report(String category, GeoPoint where, Instant at) {
		return report(reportId(), category, where, at);
	}

	static NewReport report(long reportId, String category, GeoPoint where, Instant at) {
		return new NewReport(reportId, Channel.PUBLIC, category, "占道经营 at the gate (test)", where, "园田路 1 号",
				Urgency.NORMAL, new NewReport.Reporter("张三", "13812345678"), null, List.of(), at);
	}
}
