package org.steward.worktime;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date that differs from the weekly rule: a holiday, or a make-up working day (调休上班).
 * A make-up working day only makes sense on a Saturday or Sunday, since weekdays are worked
 * anyway; the constructor rejects one on a weekday.
 */
record CalendarDay(LocalDate date, DayKind kind, String nameZh, String nameEn, CalendarSource source) {

	static final int MAX_NAME_LENGTH = 100;

	CalendarDay {
		if (date == null || kind == null || source == null) {
			throw new IllegalArgumentException("A calendar day needs a date, a kind and a source");
		}
		nameZh = requireName("nameZh", nameZh);
		// an English name is optional on the form and absent from holiday-cn files
		nameEn = (nameEn == null || nameEn.isBlank()) ? nameZh : requireName("nameEn", nameEn);
		if (kind == DayKind.MAKE_UP_WORKDAY && !isWeekend(date)) {
			throw CalendarRefusals.makeUpOnWeekday(date);
		}
	}

	public boolean offDay() {
		return kind.offDay();
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	private static String requireName(String field, String name) {
		if (name == null || name.isBlank()) {
			throw CalendarRefusals.nameRequired(field);
		}
		String trimmed = name.strip();
		if (trimmed.length() > MAX_NAME_LENGTH) {
			throw CalendarRefusals.nameTooLong(field, MAX_NAME_LENGTH);
		}
		return trimmed;
	}
}
