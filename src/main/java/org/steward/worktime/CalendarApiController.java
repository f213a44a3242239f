package org.steward.worktime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the calendar, and the deadline maths for operators to check by hand. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working calendar", description = "Holidays, make-up working days, working hours and deadlines")
class CalendarApiController {

	private final CalendarDays days;

	private final CalendarWorkingTime workingTime;

	CalendarApiController(CalendarDays days, CalendarWorkingTime workingTime) {
		this.days = days;
		this.workingTime = workingTime;
	}

	@GetMapping("/{year}")
	@Transactional(readOnly = true)
	@Operation(summary = "Special days of a year and the working periods of a working day")
	CalendarYear year(@PathVariable int year) {
		if (year < HolidayCnFile.MIN_YEAR || year > HolidayCnFile.MAX_YEAR) {
			throw CalendarRefusals.invalidYear(year, HolidayCnFile.MIN_YEAR, HolidayCnFile.MAX_YEAR);
		}
		List<SpecialDay> special = days.ofYear(year).stream().map(SpecialDay::of).toList();
		List<Period> periods = workingTime.calendar().hours().periods().stream()
			.map(p -> new Period(p.start(), p.end()))
			.toList();
		return new CalendarYear(year, workingTime.zone().getId(),
				special.stream().anyMatch(d -> d.source() == CalendarSource.PROVISIONAL), special, periods);
	}

	@GetMapping("/deadline")
	@Operation(summary = "When a time limit counted from a start runs out",
			description = "start is an ISO-8601 instant (2026-02-13T08:00:00Z) or offset date-time (2026-02-13T16:00:00+08:00)")
	Deadline deadline(@RequestParam String start, @RequestParam int amount, @RequestParam LimitUnit unit) {
		Instant from = parseStart(start);
		if (amount <= 0) {
			throw CalendarRefusals.invalidAmount(amount);
		}
		TimeLimit limit = TimeLimit.of(amount, unit);
		Instant deadline = workingTime.deadline(from, limit);
		return new Deadline(OffsetDateTime.ofInstant(from, workingTime.zone()), limit,
				OffsetDateTime.ofInstant(deadline, workingTime.zone()), workingTime.zone().getId());
	}

	private static Instant parseStart(String text) {
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return Instant.parse(text.strip());
			}
			catch (DateTimeParseException notInstant) {
				throw CalendarRefusals.invalidStart(text);
			}
		}
	}

	/** A year of the calendar; {@code provisional} means the official arrangement is still missing. */
	record CalendarYear(int year, String zone, boolean provisional, List<SpecialDay> days, List<Period> workingPeriods) {
	}

	/** A holiday ({@code offDay} true) or a make-up working day ({@code offDay} false). */
	record SpecialDay(LocalDate date, boolean offDay, String nameZh, String nameEn, CalendarSource source) {

		static SpecialDay of(CalendarDay day) {
			return new SpecialDay(day.date(), day.offDay(), day.nameZh(), day.nameEn(), day.source());
		}
	}

	/** One working period of every working day. */
	record Period(LocalTime start, LocalTime end) {
	}

	/** The answer to a deadline query, both instants shown in the district's zone. */
	record Deadline(OffsetDateTime start, TimeLimit limit, OffsetDateTime deadline, String zone) {
	}
}
