package org.steward.worktime;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes in the calendar. Each change is one transaction; once it has
 * committed this node's deadline maths uses it (see {@link CalendarWorkingTime}).
 */
@Service
@Transactional
class CalendarAdministration {

	private final CalendarDays days;

	private final WorkingPeriods periods;

	private final CalendarWorkingTime workingTime;

	CalendarAdministration(CalendarDays days, WorkingPeriods periods, CalendarWorkingTime workingTime) {
		this.days = days;
		this.periods = periods;
		this.workingTime = workingTime;
	}

	@Transactional(readOnly = true)
	List<CalendarDay> daysOf(int year) {
		return days.ofYear(year);
	}

	@Transactional(readOnly = true)
	List<CalendarDay> allDays() {
		return days.all();
	}

	@Transactional(readOnly = true)
	java.util.Optional<CalendarDay> day(LocalDate date) {
		return days.byDate(date);
	}

	@Transactional(readOnly = true)
	WorkingHours hours() {
		return periods.current();
	}

	void add(CalendarDay day) {
		if (days.byDate(day.date()).isPresent()) {
			throw CalendarRefusals.duplicateDate(day.date());
		}
		try {
			days.insert(day);
		}
		catch (DuplicateKeyException ex) {
			// another administrator added the same date a moment ago
			throw CalendarRefusals.duplicateDate(day.date());
		}
		workingTime.reloadAfterCommit();
	}

	void change(CalendarDay day) {
		if (!days.update(day)) {
			throw CalendarRefusals.unknownDate(day.date());
		}
		workingTime.reloadAfterCommit();
	}

	void remove(LocalDate date) {
		if (!days.delete(date)) {
			throw CalendarRefusals.unknownDate(date);
		}
		workingTime.reloadAfterCommit();
	}

	void replaceHours(WorkingHours hours) {
		periods.replace(hours);
		workingTime.reloadAfterCommit();
	}

	/**
	 * Replaces every entry dated in the file's year, and any entry on a date the file names
	 * (its December dates of the year before), by the file's entries; all or nothing.
	 */
	void importYear(HolidayCnFile file) {
		days.deleteYear(file.year());
		days.deleteDates(file.days().stream().map(CalendarDay::date).toList());
		file.days().forEach(days::insert);
		workingTime.reloadAfterCommit();
	}
}
