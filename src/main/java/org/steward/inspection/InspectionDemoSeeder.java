package org.steward.inspection;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;

/**
 * DEMO DATA of the inspection module, seeded once with the demo cases (after them): two points of 园田社区
 * (a back street and the compound) and one round on the back street by 王芳, in which the street vending
 * beyond the drawn lines fails — 8 of 9 items, 得分率 88.9 %, and one rectification case through intake.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "steward.demo", name = "seed-cases", havingValue = "true")
class InspectionDemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(InspectionDemoSeeder.class);

	private final Inspections inspections;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	InspectionDemoSeeder(Inspections inspections, Accounts accounts, JdbcClient jdbc) {
		this.inspections = inspections;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(210)
	void onReady() {
		try {
			if (jdbc.sql("select count(*) from inspection_point").query(Integer.class).single() > 0) {
				return;
			}
			CurrentUser head = account("station.yuantian");
			CurrentUser wang = account("officer.yuantian2");
			Inspections.Template backStreet = template("BACK_STREET");
			Inspections.Point street = inspections.addPoint(head, "园田路（背街小巷）", backStreet.id(), 34.7990, 113.6840);
			inspections.addPoint(head, "园田小区", template("COMPOUND").id(), 34.8020, 113.6805);
			List<Inspections.ObservationInput> observations = new ArrayList<>();
			for (Inspections.Item item : backStreet.items()) {
				boolean vending = "0502".equals(item.categoryCode());
				observations.add(new Inspections.ObservationInput(item.id(), !vending,
						vending ? "早市摊位超出城管划线约 2 米" : null, List.of()));
			}
			Inspections.Round round = inspections.recordRound(street.id(), wang, observations, "demo-round-1");
			log.info("Demo inspection: round #{} at {} scored {} %", round.id(), street.name(), round.score());
		}
		catch (RuntimeException ex) {
			log.error("Demo inspection: not seeded: {}", ex.getMessage(), ex);
		}
	}

	private Inspections.Template template(String code) {
		return inspections.templates().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
	}

	private CurrentUser account(String username) {
		return accounts.byUsername(username)
			.orElseThrow(() -> new IllegalStateException("demo account " + username + " is missing"));
	}
}
