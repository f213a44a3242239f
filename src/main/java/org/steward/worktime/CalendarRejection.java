package org.steward.worktime;

import java.io.Serial;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * An expected rejection of a calendar edit, an import or a deadline query. It names the field
 * at fault (or none for the whole input) and carries a message key from
 * {@code i18n/worktime.properties}, so the page shows it beside the field in the user's
 * language and the API returns it as a problem detail.
 */
final class CalendarRejection extends RuntimeException implements MessageSourceResolvable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final @Nullable String field;

	private final String code;

	private final Object[] arguments;

	/** Position of the offending item in a submitted list, or -1. */
	private final int index;

	private CalendarRejection(@Nullable String field, String code, int index, Object... arguments) {
		super(code + (field == null ? "" : " (" + field + ")"));
		this.field = field;
		this.code = code;
		this.index = index;
		this.arguments = arguments;
	}

	static CalendarRejection duplicateDate(LocalDate date) {
		return new CalendarRejection("date", "worktime.day.error.duplicate", -1, date.toString());
	}

	static CalendarRejection unknownDate(LocalDate date) {
		return new CalendarRejection("date", "worktime.day.error.unknown", -1, date.toString());
	}

	static CalendarRejection makeUpOnWeekday(LocalDate date) {
		return new CalendarRejection("kind", "worktime.day.error.makeUpOnWeekday", -1, date.toString());
	}

	static CalendarRejection nameRequired(String field) {
		return new CalendarRejection(field, "worktime.day.error.nameRequired", -1);
	}

	static CalendarRejection nameTooLong(String field, int max) {
		return new CalendarRejection(field, "worktime.day.error.nameTooLong", -1, max);
	}

	static CalendarRejection endNotAfterStart(LocalTime start, LocalTime end) {
		return new CalendarRejection("end", "worktime.hours.error.endNotAfterStart", -1, start.toString(), end.toString());
	}

	static CalendarRejection overlap(int index, WorkingPeriod other) {
		return new CalendarRejection("start", "worktime.hours.error.overlap", index, other.start().toString(),
				other.end().toString());
	}

	static CalendarRejection noPeriods() {
		return new CalendarRejection(null, "worktime.hours.error.none", -1);
	}

	static CalendarRejection invalidFile(String code, Object... arguments) {
		return new CalendarRejection("file", code, -1, arguments);
	}

	static CalendarRejection invalidStart(String value) {
		return new CalendarRejection("start", "worktime.api.error.start", -1, value);
	}

	static CalendarRejection invalidYear(int year, int min, int max) {
		return new CalendarRejection("year", "worktime.api.error.year", -1, String.valueOf(year), String.valueOf(min),
				String.valueOf(max));
	}

	static CalendarRejection invalidAmount(int amount) {
		return new CalendarRejection("amount", "worktime.api.error.amount", -1, amount);
	}

	@Nullable
	String field() {
		return field;
	}

	String code() {
		return code;
	}

	int index() {
		return index;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return code;
	}
}
