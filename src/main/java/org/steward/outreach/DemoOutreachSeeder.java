package org.steward.outreach;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.parties.Party;
import org.steward.refusal.Refusal;

/**
 * DEMO DATA: a month of 园田's outreach — three weekly slots from four weeks ago (merchants on
 * Tuesdays, residents on Thursdays, property managers every Friday), their sessions held with
 * sign-in lists of the demo parties and walk-ins, two occurrences missed, a saved party list, and a
 * school session planned for next week. Seeded at the first start of the {@code demo} profile (with
 * {@code steward.demo.seed-cases}, after the demo cases so their parties exist) while the station has
 * no slot, through this module's own rules acting as the demo accounts. 鼎盛商贸, whose penalty case the
 * demo seeds, is never invited: coverage shows it as penalised without ever being educated.
 */
@Component
@Profile("demo")
class DemoOutreachSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoOutreachSeeder.class);

	static final String STATION = "yuantian";

	private final Plans plans;

	private final Sessions sessions;

	private final LegalBases bases;

	private final PartyQueries queries;

	private final StationScope scope;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	private final boolean enabled;

	DemoOutreachSeeder(Plans plans, Sessions sessions, LegalBases bases, PartyQueries queries, StationScope scope,
			Accounts accounts, JdbcClient jdbc, Clock clock, StewardProperties steward,
			@Value("${steward.demo.seed-cases:true}") boolean enabled) {
		this.plans = plans;
		this.sessions = sessions;
		this.bases = bases;
		this.queries = queries;
		this.scope = scope;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = steward.zone();
		this.enabled = enabled;
	}

	// after the demo cases (order 100), whose parties the sessions invite
	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	void onReady() {
		if (!enabled) {
			return;
		}
		if (jdbc.sql("select count(*) from outreach_slot where station_code = ?").param(STATION).query(Long.class).single() > 0) {
			return;
		}
		try {
			int held = seed();
			log.info("Demo outreach: seeded a month of sessions for 园田 ({} held)", held);
		}
		catch (Refusal refused) {
			log.error("Demo outreach: refused ({}); the outreach demo is incomplete", refused.getMessage());
		}
		catch (RuntimeException failed) {
			// demo data must never keep the application from starting
			log.error("Demo outreach: not seeded", failed);
		}
	}

	/** The number of sessions recorded as held. */
	int seed() {
		CurrentUser head = user("station.yuantian");
		CurrentUser officer1 = user("officer.yuantian1");
		CurrentUser officer2 = user("officer.yuantian2");
		List<Party> parties = scope.partiesOf(scope.station(STATION));
		List<Party> merchants = parties.stream()
			.filter(p -> p.type() == org.steward.parties.PartyType.MERCHANT && !p.name().contains("鼎盛"))
			.toList();
		List<Party> others = parties.stream().filter(p -> p.type() != org.steward.parties.PartyType.MERCHANT).toList();

		PartyQueries.PartyQuery dongfeng = queries.save(new PartyQueries.NewQuery(STATION, "东风路、园田路沿街商户", "MERCHANT",
				null, null, 0, "QUARTER"), head);
		queries.save(new PartyQueries.NewQuery(STATION, "本季度有店外经营案件的商户", "MERCHANT", null, "0503", 1, "QUARTER"), head);

		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate from = today.minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Plans.Slot merchantsSlot = plans.addSlot(new Plans.NewSlot(STATION, 2, "09:30", 90, "MERCHANTS",
				"门前三包与店外经营服务指导", "东风路、园田路沿街商铺", null, List.of("officer.yuantian1"), null, from, null), head);
		Plans.Slot residentsSlot = plans.addSlot(new Plans.NewSlot(STATION, 4, "15:00", 60, "RESIDENTS",
				"小区居民普法：噪声扰民与违建苗头", "园田小区中心广场", "410105010001001", List.of("officer.yuantian2"), null, from,
				null), head);
		Plans.Slot propertySlot = plans.addSlot(new Plans.NewSlot(STATION, 5, "10:00", 60, "PROPERTY_MANAGERS",
				"物业服务指导：消防通道与装修管理", "园田物业服务中心", null, List.of("officer.yuantian1", "officer.yuantian2"), null,
				from, null), head);

		long storefront = basis("0503");
		long fireLane = basis("0506");
		long building = basis("0101");
		long noise = basis("0602");
		long frontage = basis("0102");
		int held = 0;
		int week = 0;
		for (LocalDate monday = from; monday.isBefore(today); monday = monday.plusWeeks(1), week++) {
			// Tuesdays: merchants, alternating talks and door-to-door visits; the second week was missed
			LocalDate tuesday = monday.plusDays(1);
			if (week != 1 && tuesday.isBefore(today)) {
				boolean visit = week % 2 == 0;
				Sessions.Session s = sessions.create(new Sessions.NewSession(null, merchantsSlot.id(), tuesday, null, null,
						null, visit ? "DOOR_TO_DOOR" : "LECTURE", null, null, null, 34.7990, 113.6820, null,
						List.of(storefront, frontage), List.of(new Sessions.NewMaterial("门前三包告知书", 30 + week * 5),
								new Sessions.NewMaterial("《城市市容和环境卫生管理条例》宣传折页", 40)),
						dongfeng.id(), null), officer1);
				for (int i = 0; i < merchants.size(); i++) {
					if ((i + week) % 3 != 2) {
						Party p = merchants.get(i);
						attend(s, p, representative(p), officer1);
					}
				}
				attend(s, null, "沿街居民（第" + (week + 1) + "周）", officer1);
				sessions.recordHeld(s.id(), new Sessions.Held(visit ? 0 : 6 + week, 3 + week,
						visit ? "走访沿街商铺，逐户讲解门前三包责任，现场整改2处。" : "集中宣讲店外经营、占道经营相关规定，发放告知书。", null), officer1);
				held++;
			}
			// Thursdays: residents; the last full week's session was missed
			LocalDate thursday = monday.plusDays(3);
			if (week != 3 && thursday.isBefore(today)) {
				Sessions.Session s = sessions.create(new Sessions.NewSession(null, residentsSlot.id(), thursday, null, null,
						null, week % 2 == 0 ? "CASE_EXPLAINED" : "CONSULTATION_DESK", null, null, null, 34.7985, 113.6830,
						null, List.of(noise, building), List.of(new Sessions.NewMaterial("噪声污染防治法宣传册", 60)), null, null),
						officer2);
				others.stream()
					.filter(p -> p.type() != org.steward.parties.PartyType.PROPERTY_MANAGEMENT)
					.forEach(p -> attend(s, p, representative(p), officer2));
				attend(s, null, "园田小区居民刘女士", officer2);
				attend(s, null, "园田小区居民陈先生", officer2);
				sessions.recordHeld(s.id(), new Sessions.Held(18 + week * 3, 5, "以夜间烧烤噪声案为例讲解噪声污染防治法，解答违建举报方式。", null),
						officer2);
				held++;
			}
			// Fridays: property managers, every week
			LocalDate friday = monday.plusDays(4);
			if (friday.isBefore(today)) {
				Sessions.Session s = sessions.create(new Sessions.NewSession(null, propertySlot.id(), friday, null, null,
						null, "TRAINING", null, null, null, null, null, null, List.of(fireLane, building),
						List.of(new Sessions.NewMaterial("消防车通道管理指引", 10)), null, null), officer1);
				others.stream()
					.filter(p -> p.type() == org.steward.parties.PartyType.PROPERTY_MANAGEMENT)
					.forEach(p -> attend(s, p, representative(p), officer1));
				sessions.recordHeld(s.id(), new Sessions.Held(2, 4, "指导物业清理消防通道堆放物，讲解装修违建报告义务。", null), officer1);
				held++;
			}
		}
		// next week: a one-off session for the primary school, planned by the station head
		LocalDate nextWednesday = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
		sessions.create(new Sessions.NewSession(STATION, null, null, nextWednesday.atTime(14, 30), 45, "SCHOOLS",
				"LECTURE", "校园周边环境与文明城市：小手拉大手", "园田小学报告厅", null, null, null,
				List.of("officer.yuantian2"), List.of(basis("0201")), List.of(new Sessions.NewMaterial("文明城市宣传画", 200)),
				null, null), head);
		return held;
	}

	private void attend(Sessions.Session session, @Nullable Party party, String name, CurrentUser officer) {
		sessions.addAttendance(session.id(), new Sessions.NewAttendance(party == null ? null : party.id(), name, null), officer);
	}

	private static String representative(Party party) {
		return party.contacts().isEmpty() ? party.name() : party.contacts().get(0).name();
	}

	private long basis(String category) {
		return bases.all()
			.stream()
			.filter(b -> b.categoryCodes().contains(category))
			.findFirst()
			.map(LegalBases.LegalBasis::id)
			.orElseGet(() -> bases.all().get(0).id());
	}

	private CurrentUser user(String username) {
		Optional<CurrentUser> user = accounts.byUsername(username);
		return user.orElseThrow(() -> new IllegalStateException("Demo account " + username + " is missing"));
	}
}
