package org.steward.organization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;

/**
 * DEMO DATA of the Jinshui pilot: the brigade, its three squads and four stations, fictional
 * officers and department liaisons (names and phone numbers are invented), grid
 * responsibilities and duty shifts from yesterday evening to 14 days ahead. Idempotent: the
 * organisation is written only when absent, and missing shifts are topped up on every start
 * so a long-running demo keeps a roster.
 */
@Component
@Profile("demo")
class OrganizationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

	static final int ROSTER_DAYS = 14;

	static final LocalTime DAY_START = LocalTime.of(8, 0);

	static final LocalTime NIGHT_START = LocalTime.of(20, 0);

	private record DemoStation(String code, String nameZh, String nameEn, String squad, String community,
			double lat, double lng, String head, int order) {
	}

	private record DemoOfficer(String code, String name, String phone, String station, String username) {
	}

	private static final List<DemoStation> STATIONS = List.of(
			new DemoStation("yuantian", "园田社区执法服务站", "Yuantian Community Enforcement Service Station", "dongfeng",
					"410105010001", 34.7985, 113.6830, "41010500100", 1),
			new DemoStation("guanhutun", "关虎屯社区执法服务站", "Guanhutun Community Enforcement Service Station",
					"dongfeng", "410105010002", 34.8010, 113.6870, "41010500201", 2),
			new DemoStation("huanghe", "黄河社区执法服务站", "Huanghe Community Enforcement Service Station", "wenhua",
					"410105008001", 34.7950, 113.6760, "41010500301", 1),
			new DemoStation("fengchan", "丰产社区执法服务站", "Fengchan Community Enforcement Service Station", "fengchan",
					"410105009001", 34.7920, 113.6900, "41010500401", 1));

	private static final List<DemoOfficer> OFFICERS = List.of(
			new DemoOfficer("41010500100", "张伟", "13800000003", "yuantian", "station.yuantian"),
			new DemoOfficer("41010500101", "李强", "13800000001", "yuantian", "officer.yuantian1"),
			new DemoOfficer("41010500102", "王芳", "13800000002", "yuantian", "officer.yuantian2"),
			new DemoOfficer("41010500201", "刘洋", "13800000011", "guanhutun", null),
			new DemoOfficer("41010500202", "陈静", "13800000012", "guanhutun", null),
			new DemoOfficer("41010500301", "杨帆", "13800000021", "huanghe", null),
			new DemoOfficer("41010500302", "赵敏", "13800000022", "huanghe", null),
			new DemoOfficer("41010500401", "黄磊", "13800000031", "fengchan", null),
			new DemoOfficer("41010500402", "周婷", "13800000032", "fengchan", null));

	/** Grid code → responsible officer. */
	private static final List<String[]> GRIDS = List.of(
			new String[] { "410105010001001", "41010500101" }, new String[] { "410105010001002", "41010500101" },
			new String[] { "410105010001003", "41010500102" }, new String[] { "410105010001004", "41010500102" },
			new String[] { "410105010002001", "41010500201" }, new String[] { "410105010002002", "41010500202" },
			new String[] { "410105008001001", "41010500301" }, new String[] { "410105008001002", "41010500302" },
			new String[] { "410105009001001", "41010500401" }, new String[] { "410105009001002", "41010500402" });

	/** Department code → fictional liaison name; phones 13900000001… in this order. */
	private static final List<String[]> LIAISONS = List.of(new String[] { "URBAN_MANAGEMENT", "孙立" },
			new String[] { "PUBLIC_SECURITY", "马骏" }, new String[] { "TRAFFIC_POLICE", "朱丽" },
			new String[] { "FIRE_RESCUE", "胡斌" }, new String[] { "ECOLOGY_ENVIRONMENT", "郭艳" },
			new String[] { "MARKET_SUPERVISION", "林涛" }, new String[] { "HOUSING_CONSTRUCTION", "何静" },
			new String[] { "NATURAL_RESOURCES", "高鹏" });

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	private final OrganizationCache cache;

	OrganizationDemoData(JdbcClient jdbc, Clock clock, StewardProperties steward, OrganizationCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (count("select count(*) from bureau where code = 'zhengzhou'") == 0) {
			writeOrganisation();
			cache.changed();
			log.info("Loaded the DEMO organisation of the Jinshui pilot (fictional people)");
		}
		writeLiaisons();
		int shifts = topUpShifts();
		if (shifts > 0) {
			log.info("Added {} DEMO duty shifts", shifts);
		}
	}

	private void writeOrganisation() {
		jdbc.sql("""
				insert into bureau (code, name_zh, name_en, phone, address)
				values ('zhengzhou', '郑州市城市管理局', 'Zhengzhou Municipal Urban Management Bureau', '0371-00000000',
				        '郑州市（演示地址）')""").update();
		jdbc.sql("""
				insert into brigade (code, name_zh, name_en, bureau_code, district_code, phone, address)
				values ('jinshui', '金水区城市管理执法大队', 'Jinshui District Urban Management Enforcement Brigade',
				        'zhengzhou', '410105', '0371-00000001', '金水区（演示地址）')""").update();
		squad("dongfeng", "东风路中队", "Dongfeng Road Squad", "吴刚", "13800000090", "squad.dongfeng", 1);
		squad("wenhua", "文化路中队", "Wenhua Road Squad", "郑洁", "13800000091", null, 2);
		squad("fengchan", "丰产路中队", "Fengchan Road Squad", "钱勇", "13800000092", null, 3);
		for (DemoStation s : STATIONS) {
			jdbc.sql("""
					insert into station (code, name_zh, name_en, squad_code, phone, address, lat, lng,
					                     head_officer_code, sort_order)
					values (:code, :zh, :en, :squad, :phone, :address, :lat, :lng, :head, :order)""")
				.param("code", s.code())
				.param("zh", s.nameZh())
				.param("en", s.nameEn())
				.param("squad", s.squad())
				.param("phone", "0371-0000010" + s.order())
				.param("address", s.nameZh().replace("执法服务站", "") + "（演示地址）")
				.param("lat", BigDecimal.valueOf(s.lat()))
				.param("lng", BigDecimal.valueOf(s.lng()))
				.param("head", s.head())
				.param("order", s.order())
				.update();
			jdbc.sql("insert into station_community (station_code, community_code) values (:station, :community)")
				.param("station", s.code())
				.param("community", s.community())
				.update();
		}
		for (DemoOfficer o : OFFICERS) {
			jdbc.sql("""
					insert into officer (code, name, phone, station_code, username, active)
					values (:code, :name, :phone, :station, :username, true)""")
				.param("code", o.code())
				.param("name", o.name())
				.param("phone", o.phone())
				.param("station", o.station())
				.param("username", o.username())
				.update();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (String[] grid : GRIDS) {
			String station = OFFICERS.stream().filter(o -> o.code().equals(grid[1])).findFirst().orElseThrow().station();
			jdbc.sql("""
					insert into grid_responsibility (grid_code, station_code, officer_code, assigned_at)
					values (:grid, :station, :officer, :now)""")
				.param("grid", grid[0])
				.param("station", station)
				.param("officer", grid[1])
				.param("now", now)
				.update();
		}
	}

	private void squad(String code, String zh, String en, String leader, String phone, String username, int order) {
		jdbc.sql("""
				insert into squad (code, name_zh, name_en, brigade_code, phone, address, leader_name, leader_phone,
				                   leader_username, sort_order)
				values (:code, :zh, :en, 'jinshui', :phone, :address, :leader, :phone, :username, :order)""")
			.param("code", code)
			.param("zh", zh)
			.param("en", en)
			.param("phone", phone)
			.param("address", zh + "（演示地址）")
			.param("leader", leader)
			.param("username", username)
			.param("order", order)
			.update();
	}

	private void writeLiaisons() {
		for (int i = 0; i < LIAISONS.size(); i++) {
			String department = LIAISONS.get(i)[0];
			boolean present = jdbc.sql("select count(*) from department_liaison where department_code = :department")
				.param("department", department)
				.query(Long.class)
				.single() > 0;
			if (present) {
				continue;
			}
			jdbc.sql("""
					insert into department_liaison (department_code, name, phone, username)
					values (:department, :name, :phone, :username)""")
				.param("department", department)
				.param("name", LIAISONS.get(i)[1])
				.param("phone", "1390000000" + (i + 1))
				.param("username", "liaison." + department.toLowerCase(java.util.Locale.ROOT))
				.update();
		}
	}

	/**
	 * Yuantian: one officer in turn (head included) 20:00–08:00, the others 08:00–20:00 unless resting, from
	 * yesterday's night (which covers this morning) to {@value #ROSTER_DAYS} days ahead. The other
	 * stations have day shifts only, so their nights show the fall-back to the station head.
	 */
	private int topUpShifts() {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<DemoOfficer> yuantian = OFFICERS.stream().filter(o -> o.station().equals("yuantian")).toList();
		int added = 0;
		for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(ROSTER_DAYS)); day = day.plusDays(1)) {
			OffsetDateTime dayStart = day.atTime(DAY_START).atZone(zone).toOffsetDateTime();
			OffsetDateTime nightStart = day.atTime(NIGHT_START).atZone(zone).toOffsetDateTime();
			OffsetDateTime nightEnd = day.plusDays(1).atTime(DAY_START).atZone(zone).toOffsetDateTime();
			if (!day.isBefore(today)) {
				DemoOfficer afterNight = nightOfficer(yuantian, day.minusDays(1));
				DemoOfficer beforeNight = nightOfficer(yuantian, day);
				for (DemoOfficer o : OFFICERS) {
					if (o != afterNight && o != beforeNight) {
						added += shift(o, dayStart, nightStart);
					}
				}
			}
			added += shift(nightOfficer(yuantian, day), nightStart, nightEnd);
		}
		return added;
	}

	/**
	 * Nights rotate; whoever works tonight is off today, and whoever worked last night rests —
	 * with three officers that is the usual day / night / rest cycle, never a 24-hour stretch.
	 */
	private static DemoOfficer nightOfficer(List<DemoOfficer> officers, LocalDate day) {
		return officers.get(Math.floorMod(day.toEpochDay(), officers.size()));
	}

	private int shift(DemoOfficer officer, OffsetDateTime start, OffsetDateTime end) {
		OffsetDateTime from = start.withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime to = end.withOffsetSameInstant(ZoneOffset.UTC);
		long present = jdbc.sql("""
				select count(*) from duty_shift
				where officer_code = :officer and starts_at < :end and ends_at > :start""")
			.param("officer", officer.code())
			.param("start", from)
			.param("end", to)
			.query(Long.class)
			.single();
		if (present > 0) {
			return 0;
		}
		return jdbc.sql("""
				insert into duty_shift (officer_code, station_code, starts_at, ends_at)
				values (:officer, :station, :start, :end)""")
			.param("officer", officer.code())
			.param("station", officer.station())
			.param("start", from)
			.param("end", to)
			.update();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
