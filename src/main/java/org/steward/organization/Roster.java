package org.steward.organization;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The duty roster of each station: adds, removes and lists dated shifts. */
@Component
class Roster {

	private final JdbcClient jdbc;

	private final JdbcOrganization organization;

	Roster(JdbcClient jdbc, JdbcOrganization organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	@Transactional
	DutyShift add(String stationCode, String officerCode, Instant start, Instant end) {
		Station station = organization.station(stationCode)
			.orElseThrow(() -> OrganizationRefusals.unknownStation(stationCode));
		Officer officer = organization.officer(officerCode)
			.orElseThrow(() -> OrganizationRefusals.unknownOfficer(officerCode));
		if (!officer.stationCode().equals(station.code())) {
			throw OrganizationRefusals.officerNotOfStation(officer.code(), station.code());
		}
		if (!officer.active()) {
			throw OrganizationRefusals.officerInactive(officer.code());
		}
		DutyShift shift = new DutyShift(null, officer.code(), officer.name(), station.code(), start, end);
		// An officer cannot be on two shifts at once, at this station or another.
		boolean overlaps = jdbc.sql("""
				select count(*) from duty_shift
				where officer_code = :officer and starts_at < :end and ends_at > :start""")
			.param("officer", officer.code())
			.param("start", utc(start))
			.param("end", utc(end))
			.query(Long.class)
			.single() > 0;
		if (overlaps) {
			throw OrganizationRefusals.shiftOverlaps(officer.code());
		}
		jdbc.sql("""
				insert into duty_shift (officer_code, station_code, starts_at, ends_at)
				values (:officer, :station, :start, :end)""")
			.param("officer", shift.officerCode())
			.param("station", shift.stationCode())
			.param("start", utc(start))
			.param("end", utc(end))
			.update();
		return shift;
	}

	@Transactional
	void remove(String stationCode, long shiftId) {
		int removed = jdbc.sql("delete from duty_shift where id = :id and station_code = :station")
			.param("id", shiftId)
			.param("station", stationCode)
			.update();
		if (removed == 0) {
			throw OrganizationRefusals.unknownShift(shiftId);
		}
	}

	/** Shifts of the station that overlap {@code [from, to)}, in start order. */
	@Transactional(readOnly = true)
	List<DutyShift> between(String stationCode, Instant from, Instant to) {
		return jdbc.sql("""
				select s.id, s.officer_code, o.name, s.station_code, s.starts_at, s.ends_at
				from duty_shift s join officer o on o.code = s.officer_code
				where s.station_code = :station and s.starts_at < :to and s.ends_at > :from
				order by s.starts_at, s.officer_code""")
			.param("station", stationCode)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, n) -> new DutyShift(rs.getLong("id"), rs.getString("officer_code"), rs.getString("name"),
					rs.getString("station_code"), JdbcOrganization.instant(rs, "starts_at"),
					JdbcOrganization.instant(rs, "ends_at")))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
