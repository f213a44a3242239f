package org.steward.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;

/**
 * DEMO DATA: a year of history for the four stations of the Jinshui pilot and their squads, so
 * every chart, table and comparison has something to show. Deterministic (fixed seed, dates
 * counted back from today), labelled (facts with source DEMO and case numbers {@code DEMO-…};
 * the practice marked demo) and loaded as historical records straight into the analytics facts;
 * the case tables are not touched. Fengchan station opens mid-year (its opening day from
 * {@code steward.analytics.station-openings.fengchan}, else half a year ago): before it, its cases
 * went through the command centre. The Dongfeng Road squad's practice starts eight months ago and
 * the Wenhua Road squad adopts it four months ago; both squads handle faster afterwards. Runs once,
 * only in the demo profile with {@code steward.demo.seed-cases=true} (tests set it false).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "steward.demo", name = "seed-cases", havingValue = "true")
@Order(200)
class AnalyticsDemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsDemoHistory.class);

	static final int DAYS = 365;

	/** station, squad, community, grids…, officers… */
	private static final String[][] STATIONS = {
			{ "yuantian", "dongfeng", "410105010001", "410105010001001,410105010001002,410105010001003,410105010001004",
					"李强,王芳", "园田路,东风路,园田东街" },
			{ "guanhutun", "dongfeng", "410105010002", "410105010002001,410105010002002", "刘洋,陈静", "关虎屯街,农业路" },
			{ "huanghe", "wenhua", "410105008001", "410105008001001,410105008001002", "杨帆,赵敏", "黄河路,文化路" },
			{ "fengchan", "fengchan", "410105009001", "410105009001001,410105009001002", "黄磊,周婷", "丰产路,经三路" } };

	private static final String[] CATEGORIES = { "0101", "0102", "0103", "0401", "0402", "0403", "0404", "0301",
			"0201", "0501" };

	private final FactStore store;

	private final Practices practices;

	private final Catalog catalog;

	private final AnalyticsProperties settings;

	private final Clock clock;

	AnalyticsDemoHistory(FactStore store, Practices practices, Catalog catalog, AnalyticsProperties settings,
			Clock clock) {
		this.store = store;
		this.practices = practices;
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (store.count(CaseFact.Source.DEMO) > 0) {
			return;
		}
		ZoneId zone = store.zone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate first = today.minusDays(DAYS);
		LocalDate fengchanOpened = settings.stationOpenings().getOrDefault("fengchan", today.minusDays(DAYS / 2));
		LocalDate practiceStart = today.minusDays(240);
		LocalDate adopted = today.minusDays(120);
		List<CaseFact> facts = history(first, today, zone, fengchanOpened, practiceStart, adopted);
		store.insertAll(facts);
		store.recountRollup();
		if (practices.countDemo() == 0) {
			long id = practices.publish("dongfeng", "门前三包·一店一档",
					"东风路中队为辖区沿街商户逐店建档，每周上门回访门前三包落实情况，问题当场指导整改，占道经营、店外经营案卷当日处置。（演示数据）",
					List.of(Indicator.HANDLING_RATE, Indicator.HANDLED_ON_TIME_RATE, Indicator.SATISFACTION_RATE),
					practiceStart, true, "东风路中队长 吴刚", clock.instant(), List.of());
			practices.rollOut(id);
			practices.adopt(id, "wenhua", adopted);
		}
		log.info("Analytics demo history: {} labelled cases from {} to {}", facts.size(), first, today.minusDays(1));
	}

	List<CaseFact> history(LocalDate first, LocalDate today, ZoneId zone, LocalDate fengchanOpened,
			LocalDate practiceStart, LocalDate adopted) {
		Random random = new Random(20221124L);
		List<CategoryRules> rules = new ArrayList<>();
		for (String code : CATEGORIES) {
			catalog.current(code).ifPresent(rules::add);
		}
		if (rules.isEmpty()) {
			rules.addAll(catalog.allCurrent());
		}
		List<CaseFact> facts = new ArrayList<>();
		int sequence = 0;
		Instant now = clock.instant();
		for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
			for (String[] s : STATIONS) {
				boolean fengchan = s[0].equals("fengchan");
				boolean closedStation = fengchan && day.isBefore(fengchanOpened);
				boolean practice = s[1].equals("dongfeng") && !day.isBefore(practiceStart)
						|| s[1].equals("wenhua") && !day.isBefore(adopted);
				int cases = 2 + random.nextInt(fengchan ? 4 : 5);
				for (int c = 0; c < cases; c++) {
					sequence++;
					CategoryRules category = rules.get(Math.min(rules.size() - 1,
							(int) Math.floor(Math.pow(random.nextDouble(), 1.6) * rules.size())));
					String[] grids = s[3].split(",");
					String[] officers = s[4].split(",");
					String[] streets = s[5].split(",");
					Instant registered = day.atTime(7 + random.nextInt(13), random.nextInt(60)).atZone(zone).toInstant();
					boolean viaCommand = closedStation || random.nextInt(100) < 10;
					double pace = closedStation ? 6 : viaCommand ? 3 : practice ? 0.6 : 1;
					Instant ackBy = registered.plus(Duration.ofMinutes(30));
					Instant handleBy = registered.plus(Duration.ofHours(closedStation ? 72 : 48));
					Instant ack = registered.plus(Duration.ofMinutes((long) (pace * (8 + random.nextInt(40)))));
					Instant arrive = ack.plus(Duration.ofMinutes((long) (pace * (10 + random.nextInt(50)))));
					Instant handled = arrive.plus(Duration.ofMinutes((long) (pace * (60 + random.nextInt(2400)))));
					Instant closed = handled.plus(Duration.ofMinutes(30 + random.nextInt(600)));
					String status = "CLOSED";
					if (random.nextInt(100) < 2) {
						status = "REJECTED";
					}
					else if (closed.isAfter(now)) {
						status = handled.isAfter(now) ? (arrive.isAfter(now) ? "ACKNOWLEDGED" : "ON_SITE") : "HANDLED";
					}
					boolean isHandled = status.equals("HANDLED") || status.equals("CLOSED");
					boolean isClosed = status.equals("CLOSED");
					int rework = random.nextInt(100) < (practice ? 2 : 5) ? 1 : 0;
					boolean extended = random.nextInt(100) < 3;
					if (extended) {
						handleBy = handleBy.plus(Duration.ofDays(3));
					}
					boolean missed = (isHandled ? handled : now).isAfter(handleBy);
					String rating = null;
					if (isClosed && random.nextInt(100) < 55) {
						int r = random.nextInt(100);
						rating = r < (practice ? 80 : 65) ? "SATISFIED" : r < 93 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
					}
					boolean reviewReworked = "DISSATISFIED".equals(rating) && random.nextBoolean();
					String grid = grids[random.nextInt(grids.length)];
					String street = streets[random.nextInt(streets.length)];
					facts.add(new CaseFact(String.format("DEMO-%d-%06d", day.getYear(), sequence), CaseFact.Source.DEMO, 1,
							registered, ackBy, handleBy, status, "410105", s[1], s[0], s[2], grid, category.code(),
							category.nameZh(), category.nameEn(), category.responsibility().leadDepartment(),
							officers[random.nextInt(officers.length)], 0, viaCommand ? "PUBLIC" : "WHISTLE",
							street + " " + (1 + random.nextInt(12)) + " 号", 34.79 + random.nextDouble() * 0.01,
							113.68 + random.nextDouble() * 0.01, viaCommand, ack.isAfter(now) ? null : ack,
							arrive.isAfter(now) ? null : arrive, isHandled ? handled : null, isClosed ? closed : null,
							rework, extended, missed, rating, reviewReworked));
				}
			}
		}
		return facts;
	}
}
