package org.steward.worktime;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.steward.refusal.Refusal;

/**
 * The working-hours form: one row per period plus empty rows for adding; an empty row is
 * ignored, so clearing a row removes that period.
 */
class HoursForm {

	static final int SPARE_ROWS = 2;

	private List<Row> periods = new ArrayList<>();

	static HoursForm of(WorkingHours hours) {
		HoursForm form = new HoursForm();
		hours.periods().forEach(p -> form.periods.add(new Row(p.start().toString(), p.end().toString())));
		for (int i = 0; i < SPARE_ROWS; i++) {
			form.periods.add(new Row(null, null));
		}
		return form;
	}

	/** Keeps empty rows at the end when the form is shown again, so a period can still be added. */
	HoursForm withSpareRows() {
		long trailingBlank = 0;
		for (int i = periods.size() - 1; i >= 0 && periods.get(i).isBlank(); i--) {
			trailingBlank++;
		}
		for (long i = trailingBlank; i < SPARE_ROWS; i++) {
			periods.add(new Row(null, null));
		}
		return this;
	}

	/** The hours the form describes, or null with the reasons recorded in {@code errors}. */
	@Nullable
	WorkingHours toHours(Errors errors) {
		List<WorkingPeriod> given = new ArrayList<>();
		List<Integer> rowOfPeriod = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			Row row = periods.get(i);
			if (row.isBlank()) {
				continue;
			}
			LocalTime start = time(row.getStart(), "periods[" + i + "].start", errors);
			LocalTime end = time(row.getEnd(), "periods[" + i + "].end", errors);
			if (start == null || end == null) {
				continue;
			}
			try {
				given.add(new WorkingPeriod(start, end));
				rowOfPeriod.add(i);
			}
			catch (Refusal refused) {
				CalendarRefusals.bind(refused, errors, "periods[" + i + "].");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return WorkingHours.of(given);
		}
		catch (Refusal refused) {
			Object period = refused.properties().get(CalendarRefusals.PERIOD);
			String prefix = period instanceof Integer index ? "periods[" + rowOfPeriod.get(index) + "]." : "";
			CalendarRefusals.bind(refused, errors, prefix);
			return null;
		}
	}

	private static @Nullable LocalTime time(@Nullable String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			reject(CalendarRefusals.timeRequired(field), errors);
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			reject(CalendarRefusals.timeInvalid(field, value), errors);
			return null;
		}
	}

	private static void reject(Refusal.FieldError error, Errors errors) {
		errors.rejectValue(error.field(), error.code(), error.getArguments(), null);
	}

	public List<Row> getPeriods() {
		return periods;
	}

	public void setPeriods(List<Row> periods) {
		this.periods = periods;
	}

	/** One period as typed, "HH:mm". */
	static class Row {

		private @Nullable String start;

		private @Nullable String end;

		Row() {
		}

		Row(@Nullable String start, @Nullable String end) {
			this.start = start;
			this.end = end;
		}

		boolean isBlank() {
			return (start == null || start.isBlank()) && (end == null || end.isBlank());
		}

		public @Nullable String getStart() {
			return start;
		}

		public void setStart(@Nullable String start) {
			this.start = start;
		}

		public @Nullable String getEnd() {
			return end;
		}

		public void setEnd(@Nullable String end) {
			this.end = end;
		}
	}
}
