package org.steward.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseRegistered;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseSummary;
import org.steward.cases.Cases;
import org.steward.cases.Channel;
import org.steward.cases.TimelineNote;
import org.steward.cases.web.CaseSamples;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryKind;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.MajorClass;
import org.steward.catalog.ResponseLimits;
import org.steward.catalog.Responsibility;
import org.steward.catalog.Urgency;
import org.steward.identity.Accounts;
import org.steward.evidence.Photos;
import org.steward.notification.LiveBoards;
import org.steward.organization.Departments;
import org.steward.territory.GeoPoint;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;
import org.steward.worktime.WorkingTime;

/**
 * The coordination module alone: a registered case whose category names co-departments gets one
 * task per department, opened from the registration event (its rules version and summary)
 * without reading the case back.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class JointCaseModuleTests {

	static final CategoryRulesId RULES = new CategoryRulesId(4242);

	/** The cases module is not started: the tasks must come from the event, not from a read-back. */
	@MockitoBean
	Cases cases;

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	Departments departments;

	@MockitoBean
	WorkingTime workingTime;

	@MockitoBean
	Photos photos;

	@MockitoBean
	LiveBoards boards;

	@MockitoBean
	Accounts accounts;

	/** The other nodes of the deployment: none in a module test. */
	@MockitoBean
	org.steward.cluster.Nodes nodes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegisteredCaseWhoseMatrixNamesCoDepartmentsGetsOneTaskPerDepartment(Scenario scenario) {
		Instant now = Instant.now();
		given(catalog.version(RULES)).willReturn(java.util.Optional.of(rules("URBAN_MANAGEMENT", "POLICE", "MARKET")));
		given(workingTime.deadline(any(), any())).willAnswer(call -> call.<Instant>getArgument(0).plus(Duration.ofHours(4)));
		String number = "410105-2026-" + (800000 + Math.floorMod(System.nanoTime(), 99999));
		CaseSummary summary = CaseSamples.summary(number, CaseStatus.DISPATCHED, "yuantian", now);
		CaseRegistered registered = new CaseRegistered(new CaseNumber(number), now, "社区小王", summary,
				TimelineNote.of(TimelineNote.Code.ROUTED, "yuantian"), Channel.WHISTLE, new GeoPoint(34.7985, 113.683),
				Urgency.NORMAL, RULES, "URBAN_MANAGEMENT", List.of("POLICE", "MARKET"), null);

		scenario.publish(registered)
			.andWaitForStateChange(() -> jdbc
				.sql("select department_code from coordination_task where case_number = ? order by department_code")
				.param(number)
				.query(String.class)
				.list(), tasks -> tasks.size() >= 2)
			.andVerify(tasks -> {
				assertThat(tasks).containsExactly("MARKET", "POLICE");
				verifyNoInteractions(cases, queries);
			});
	}

	static CategoryRules rules(String lead, String... co) {
		Map<Urgency, ResponseLimits> limits = new EnumMap<>(Urgency.class);
		for (Urgency urgency : Urgency.values()) {
			limits.put(urgency, new ResponseLimits(TimeLimit.of(30, LimitUnit.NATURAL_MINUTES),
					TimeLimit.of(4, LimitUnit.WORKING_HOURS)));
		}
		return new CategoryRules(RULES, "0502", new MajorClass("05", CategoryKind.EVENT, "街面秩序", "Street order"),
				"占道经营", "Street vending", "", true, Responsibility.lead(lead, co), limits, 1, Instant.now(), "seed");
	}
}
