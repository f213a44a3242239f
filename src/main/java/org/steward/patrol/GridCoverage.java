package org.steward.patrol;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.organization.Organization;
import org.steward.organization.Station;
import org.steward.refusal.Refusal;
import org.steward.territory.TerritoryUnit;

/**
 * Grid coverage (巡查覆盖率): each grid's management class sets how many patrols it needs in a period
 * (the class's frequency scaled to the period, rounded up); a grid meets it when that many distinct
 * patrols passed through it in the period. Coverage of a station, squad or single grid = grids that met
 * their frequency ÷ grids. A grid is behind when its last patrol is longer ago than its class's interval.
 */
@Service
class GridCoverage {

	static final Duration LONGEST_PERIOD = Duration.ofDays(366);

	private final JdbcClient jdbc;

	private final PatrolScope scope;

	private final Organization organization;

	private final PatrolProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GridCoverage(JdbcClient jdbc, PatrolScope scope, Organization organization, PatrolProperties settings,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.organization = organization;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** One grid's coverage in a period. */
	record GridRow(String code, String nameZh, String nameEn, ManagementClass managementClass, int required,
			int visits, boolean met, @Nullable Instant lastPatrol) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	/** Coverage of a set of grids in a period: the rows, how many met their frequency, and the rate. */
	record Report(Instant from, Instant to, List<GridRow> grids, int met, int total) {

		/** Met ÷ grids as a percentage with one decimal; 0 for no grids. */
		public double rate() {
			return total == 0 ? 0 : Math.round(1000.0 * met / total) / 10.0;
		}
	}

	// ------------------------------------------------------------------ management class

	@Transactional(readOnly = true)
	ManagementClass classOf(String gridCode) {
		return classes(List.of(gridCode)).get(gridCode);
	}

	Map<String, ManagementClass> classes(List<String> gridCodes) {
		Map<String, ManagementClass> classes = new HashMap<>();
		gridCodes.forEach(code -> classes.put(code, settings.defaultClass()));
		if (!gridCodes.isEmpty()) {
			jdbc.sql("select grid_code, management_class from patrol_grid_class where grid_code in (:codes)")
				.param("codes", gridCodes)
				.query((rs, n) -> classes.put(rs.getString(1), ManagementClass.valueOf(rs.getString(2))))
				.list();
		}
		return classes;
	}

	/** Sets a grid's class; for administrators and the head of the station answering for the grid. */
	@Transactional
	void classify(String gridCode, String managementClass, CurrentUser user) {
		// who may classify this grid first, then what they chose: an outsider learns nothing from a 400
		scope.grid(gridCode).orElseThrow(() -> PatrolRefusals.unknownGrid(gridCode));
		String station = scope.stationOfGrid(gridCode).orElse(null);
		boolean allowed = station != null ? scope.headsOrAdministers(user, station)
				: user.has(org.steward.identity.Role.ADMIN)
						&& user.scope() instanceof org.steward.identity.DataScope.District(String district)
						&& gridCode.startsWith(district);
		if (!allowed) {
			throw PatrolRefusals.mayNotClassify(gridCode);
		}
		ManagementClass chosen;
		try {
			chosen = ManagementClass.valueOf(managementClass);
		}
		catch (IllegalArgumentException unknown) {
			throw Refusal.invalid("managementClass", "patrol.refused.class.invalid", managementClass);
		}
		ManagementClass before = classOf(gridCode);
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update patrol_grid_class set management_class = :class, changed_by = :by, changed_at = :at
				where grid_code = :grid""")
			.param("class", chosen.name())
			.param("by", user.displayName())
			.param("at", Timestamp.from(now))
			.param("grid", gridCode)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into patrol_grid_class (grid_code, management_class, changed_by, changed_at)
					values (:grid, :class, :by, :at)""")
				.param("class", chosen.name())
				.param("by", user.displayName())
				.param("at", Timestamp.from(now))
				.param("grid", gridCode)
				.update();
		}
		events.publishEvent(new PatrolRecorded(now, user.displayName(), "grid:" + gridCode,
				PatrolRecorded.Action.GRID_CLASS_CHANGED, gridCode, "from=" + before + "; to=" + chosen, List.of()));
	}

	// ------------------------------------------------------------------ visits and coverage

	/** Distinct patrols that passed through each grid within [from, to). */
	@Transactional(readOnly = true)
	Map<String, Integer> visits(List<String> gridCodes, Instant from, Instant to) {
		Map<String, Integer> visits = new LinkedHashMap<>();
		gridCodes.forEach(code -> visits.put(code, 0));
		if (gridCodes.isEmpty()) {
			return visits;
		}
		jdbc.sql("""
				select grid_code, count(distinct patrol_id) from patrol_grid
				where grid_code in (:codes) and last_at >= :from and first_at < :to group by grid_code""")
			.param("codes", gridCodes)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> visits.put(rs.getString(1), rs.getInt(2)))
			.list();
		return visits;
	}

	/** When each grid was last patrolled (before {@code until}); absent for never. */
	Map<String, Instant> lastPatrols(List<String> gridCodes, Instant until) {
		Map<String, Instant> last = new HashMap<>();
		if (!gridCodes.isEmpty()) {
			jdbc.sql("""
					select grid_code, max(last_at) from patrol_grid where grid_code in (:codes) and first_at < :until
					group by grid_code""")
				.param("codes", gridCodes)
				.param("until", Timestamp.from(until))
				.query((rs, n) -> last.put(rs.getString(1), rs.getTimestamp(2).toInstant()))
				.list();
		}
		return last;
	}

	/** Coverage of a station's grids in [from, to). */
	@Transactional(readOnly = true)
	Report ofStation(String stationCode, Instant from, Instant to, CurrentUser user) {
		checkPeriod(from, to);
		organization.station(stationCode).orElseThrow(() -> PatrolRefusals.unknownStation(stationCode));
		if (!scope.canSee(user, stationCode)) {
			throw Refusal.forbidden("patrol.refused.outsideScope", stationCode);
		}
		return report(scope.gridsOf(stationCode), from, to);
	}

	/** Coverage of every grid of a squad's stations the user sees, in [from, to). */
	@Transactional(readOnly = true)
	Report ofSquad(String squadCode, Instant from, Instant to, CurrentUser user) {
		checkPeriod(from, to);
		List<TerritoryUnit> grids = new ArrayList<>();
		for (Station station : organization.stations()) {
			if (station.squadCode().equals(squadCode) && scope.canSee(user, station.code())) {
				grids.addAll(scope.gridsOf(station.code()));
			}
		}
		return report(grids, from, to);
	}

	/** Coverage of one grid in [from, to): 100 % or 0 %. */
	@Transactional(readOnly = true)
	Report ofGrid(String gridCode, Instant from, Instant to, CurrentUser user) {
		checkPeriod(from, to);
		TerritoryUnit grid = scope.grid(gridCode).orElseThrow(() -> PatrolRefusals.unknownGrid(gridCode));
		String station = scope.stationOfGrid(gridCode).orElse(null);
		if (station == null || !scope.canSee(user, station)) {
			throw Refusal.forbidden("patrol.refused.outsideScope", gridCode);
		}
		return report(List.of(grid), from, to);
	}

	Report report(List<TerritoryUnit> grids, Instant from, Instant to) {
		List<String> codes = grids.stream().map(TerritoryUnit::code).toList();
		Map<String, ManagementClass> classes = classes(codes);
		Map<String, Integer> visits = visits(codes, from, to);
		Map<String, Instant> last = lastPatrols(codes, to);
		Duration period = Duration.between(from, to);
		List<GridRow> rows = new ArrayList<>();
		int met = 0;
		for (TerritoryUnit grid : grids) {
			ManagementClass managementClass = classes.get(grid.code());
			int required = settings.frequency(managementClass).requiredIn(period);
			int count = visits.get(grid.code());
			boolean ok = count >= required;
			met += ok ? 1 : 0;
			rows.add(new GridRow(grid.code(), grid.nameZh(), grid.nameEn(), managementClass, required, count, ok,
					last.get(grid.code())));
		}
		return new Report(from, to, rows, met, rows.size());
	}

	/** A grid falling behind: its last patrol is longer ago than its class allows. */
	record Behind(String gridCode, String nameZh, String nameEn, ManagementClass managementClass,
			@Nullable Instant lastPatrol, Instant dueSince) {
	}

	/** The grids of a station whose last patrol is older than their class's interval, at {@code now}. */
	@Transactional(readOnly = true)
	List<Behind> behind(String stationCode, Instant now, Instant neverSince) {
		List<TerritoryUnit> grids = scope.gridsOf(stationCode);
		List<String> codes = grids.stream().map(TerritoryUnit::code).toList();
		Map<String, ManagementClass> classes = classes(codes);
		Map<String, Instant> last = lastPatrols(codes, now);
		List<Behind> behind = new ArrayList<>();
		for (TerritoryUnit grid : grids) {
			ManagementClass managementClass = classes.get(grid.code());
			Duration interval = settings.frequency(managementClass).interval();
			Instant lastPatrol = last.get(grid.code());
			Instant due = lastPatrol == null ? neverSince : lastPatrol.plus(interval);
			if (!due.isAfter(now)) {
				behind.add(new Behind(grid.code(), grid.nameZh(), grid.nameEn(), managementClass, lastPatrol, due));
			}
		}
		return behind;
	}

	Optional<Station> station(String code) {
		return organization.station(code);
	}

	static void checkPeriod(Instant from, Instant to) {
		if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
			throw Refusal.invalid("to", "patrol.refused.period.invalid");
		}
	}
}
