package org.steward.worktime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deadline arithmetic over the calendar Steward ships (the holidays and make-up days of its
 * worktime migration, read from the jar as the database would hold them) and the default
 * working hours: each deadline starts just before a holiday so the walk has to step over it.
 * Lives in Steward's package to reach the package-private {@link WorkCalendar} without Spring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBenchmark {

	private static final String SHIPPED = "db/migration/worktime/V202611260101__worktime_holidays_2025_2027.sql";

	private static final Pattern ROW = Pattern.compile("\\(date '(\\d{4}-\\d{2}-\\d{2})', (true|false), '([^']*)'");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private WorkCalendar calendar;

	/** Wednesday 30 September 2026, 16:00: the National Day week (1–7 October) follows. */
	private final Instant beforeNationalDay = LocalDateTime.of(2026, 9, 30, 16, 0).atZone(ZONE).toInstant();

	/** Saturday 14 February 2026, 16:00, a make-up working day: the Spring Festival holiday (15–23 February) follows. */
	private final Instant beforeSpringFestival = LocalDateTime.of(2026, 2, 14, 16, 0).atZone(ZONE).toInstant();

	private final TimeLimit fiveWorkingDays = TimeLimit.of(5, LimitUnit.WORKING_DAYS);

	private final TimeLimit fourWorkingHours = TimeLimit.of(4, LimitUnit.WORKING_HOURS);

	@Setup
	public void load() throws IOException {
		String sql;
		try (InputStream in = DeadlineBenchmark.class.getClassLoader().getResourceAsStream(SHIPPED)) {
			if (in == null) {
				throw new IllegalStateException(SHIPPED + " is not on the class path");
			}
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<CalendarDay> days = new ArrayList<>();
		Matcher m = ROW.matcher(sql);
		while (m.find()) {
			boolean off = Boolean.parseBoolean(m.group(2));
			days.add(new CalendarDay(LocalDate.parse(m.group(1)), DayKind.ofOffDay(off), m.group(3), null,
					CalendarSource.STATE_COUNCIL));
		}
		if (days.size() < 50) {
			throw new IllegalStateException("Only " + days.size() + " calendar days parsed from " + SHIPPED);
		}
		calendar = new WorkCalendar(days, WorkingHours.DEFAULT, ZONE);
		Instant check = calendar.deadline(beforeNationalDay, fiveWorkingDays);
		if (!check.atZone(ZONE).toLocalDate().isAfter(LocalDate.of(2026, 10, 8))) {
			throw new IllegalStateException("The National Day holiday was not stepped over: " + check);
		}
		Instant spring = calendar.deadline(beforeSpringFestival, fourWorkingHours);
		if (!spring.equals(LocalDateTime.of(2026, 2, 24, 10, 30).atZone(ZONE).toInstant())) {
			throw new IllegalStateException("Spring Festival deadline should be Tue 24 Feb 10:30, was " + spring);
		}
	}

	@Benchmark
	public Instant fiveWorkingDaysAcrossNationalDay() {
		return calendar.deadline(beforeNationalDay, fiveWorkingDays);
	}

	@Benchmark
	public Instant fourWorkingHoursAcrossSpringFestival() {
		return calendar.deadline(beforeSpringFestival, fourWorkingHours);
	}
}
