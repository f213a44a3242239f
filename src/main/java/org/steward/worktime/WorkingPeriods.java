package org.steward.worktime;

import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The working periods of a day, stored in {@code work_hours_period}. */
@Repository
class WorkingPeriods {

	private final JdbcClient jdbc;

	WorkingPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored hours, or the default ones if an operator emptied the table by hand. */
	WorkingHours current() {
		List<WorkingPeriod> periods = jdbc.sql("select start_time, end_time from work_hours_period order by start_time")
			.query((rs, row) -> new WorkingPeriod(rs.getObject("start_time", LocalTime.class),
					rs.getObject("end_time", LocalTime.class)))
			.list();
		return periods.isEmpty() ? WorkingHours.DEFAULT : WorkingHours.of(periods);
	}

	void replace(WorkingHours hours) {
		jdbc.sql("delete from work_hours_period").update();
		for (WorkingPeriod period : hours.periods()) {
			jdbc.sql("insert into work_hours_period (start_time, end_time) values (:start, :end)")
				.param("start", period.start())
				.param("end", period.end())
				.update();
		}
	}
}
