package org.steward.worktime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The special days of the calendar, stored in {@code work_calendar_day}. */
@Repository
class CalendarDays {

	private static final String COLUMNS = "select calendar_date, off_day, name_zh, name_en, source from work_calendar_day ";

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarDay> all() {
		return jdbc.sql(COLUMNS + "order by calendar_date").query(CalendarDays::map).list();
	}

	List<CalendarDay> ofYear(int year) {
		return jdbc.sql(COLUMNS + "where calendar_date between :first and :last order by calendar_date")
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(CalendarDays::map)
			.list();
	}

	Optional<CalendarDay> byDate(LocalDate date) {
		return jdbc.sql(COLUMNS + "where calendar_date = :date").param("date", date).query(CalendarDays::map).optional();
	}

	void insert(CalendarDay day) {
		jdbc.sql("""
				insert into work_calendar_day (calendar_date, off_day, name_zh, name_en, source)
				values (:date, :offDay, :nameZh, :nameEn, :source)""")
			.param("date", day.date())
			.param("offDay", day.offDay())
			.param("nameZh", day.nameZh())
			.param("nameEn", day.nameEn())
			.param("source", day.source().name())
			.update();
	}

	boolean update(CalendarDay day) {
		return jdbc.sql("""
				update work_calendar_day set off_day = :offDay, name_zh = :nameZh, name_en = :nameEn, source = :source
				where calendar_date = :date""")
			.param("date", day.date())
			.param("offDay", day.offDay())
			.param("nameZh", day.nameZh())
			.param("nameEn", day.nameEn())
			.param("source", day.source().name())
			.update() == 1;
	}

	boolean delete(LocalDate date) {
		return jdbc.sql("delete from work_calendar_day where calendar_date = :date").param("date", date).update() == 1;
	}

	void deleteYear(int year) {
		jdbc.sql("delete from work_calendar_day where calendar_date between :first and :last")
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.update();
	}

	void deleteDates(Collection<LocalDate> dates) {
		for (LocalDate date : dates) {
			delete(date);
		}
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("calendar_date", LocalDate.class), DayKind.ofOffDay(rs.getBoolean("off_day")),
				rs.getString("name_zh"), rs.getString("name_en"), CalendarSource.valueOf(rs.getString("source")));
	}
}
