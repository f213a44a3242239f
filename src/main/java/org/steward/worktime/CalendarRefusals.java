package org.steward.worktime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.validation.Errors;
import org.steward.refusal.Refusal;

/**
 * The calendar's refusals, each a code of {@code i18n/worktime}: a bad field of a day, of the working
 * hours, of a holiday-cn file or of a deadline query (400), and an entry that is not there (404). The
 * admin page shows each beside its field in the reader's language, the API lists them as problem fields.
 */
final class CalendarRefusals {

	/** The property naming which of the given periods overlaps an earlier one, so the form marks its row. */
	static final String PERIOD = "period";

	private CalendarRefusals() {
	}

	// ------------------------------------------------------------ special days

	static Refusal duplicateDate(LocalDate date) {
		return Refusal.invalid("date", "worktime.refused.duplicateDate", date.toString());
	}

	static Refusal unknownDate(LocalDate date) {
		return Refusal.notFound("worktime.refused.unknownDate", date.toString());
	}

	static Refusal makeUpOnWeekday(LocalDate date) {
		return Refusal.invalid("kind", "worktime.refused.makeUpOnWeekday", date.toString());
	}

	static Refusal nameRequired(String field) {
		return Refusal.invalid(field, "worktime.refused.nameRequired");
	}

	static Refusal nameTooLong(String field, int max) {
		return Refusal.invalid(field, "worktime.refused.nameTooLong", String.valueOf(max));
	}

	static Refusal.FieldError dateRequired() {
		return Refusal.FieldError.of("date", "worktime.refused.dateRequired");
	}

	static Refusal.FieldError dateInvalid(String typed) {
		return Refusal.FieldError.of("date", "worktime.refused.dateInvalid", typed);
	}

	static Refusal.FieldError kindRequired() {
		return Refusal.FieldError.of("kind", "worktime.refused.kindRequired");
	}

	// ------------------------------------------------------------ working hours

	static Refusal endNotAfterStart(LocalTime start, LocalTime end) {
		return Refusal.invalid("end", "worktime.refused.endNotAfterStart", start.toString(), end.toString());
	}

	/** The period at {@code index} of those given overlaps {@code other}. */
	static Refusal overlap(int index, WorkingPeriod other) {
		return Refusal.invalid("start", "worktime.refused.overlap", other.start().toString(), other.end().toString())
			.with(PERIOD, index);
	}

	static Refusal noPeriods() {
		return Refusal.invalid("periods", "worktime.refused.noPeriods");
	}

	static Refusal.FieldError timeRequired(String field) {
		return Refusal.FieldError.of(field, "worktime.refused.timeRequired");
	}

	static Refusal.FieldError timeInvalid(String field, String typed) {
		return Refusal.FieldError.of(field, "worktime.refused.timeInvalid", typed);
	}

	// ------------------------------------------------------------ holiday-cn files

	static Refusal emptyFile() {
		return Refusal.invalid("file", "worktime.refused.import.empty");
	}

	static Refusal notJson() {
		return Refusal.invalid("file", "worktime.refused.import.notJson");
	}

	static Refusal fileShape() {
		return Refusal.invalid("file", "worktime.refused.import.shape");
	}

	static Refusal fileYear(int min, int max) {
		return Refusal.invalid("file", "worktime.refused.import.year", String.valueOf(min), String.valueOf(max));
	}

	static Refusal entryShape(int number) {
		return Refusal.invalid("file", "worktime.refused.import.entryShape", String.valueOf(number));
	}

	static Refusal entryDate(int number, String text) {
		return Refusal.invalid("file", "worktime.refused.import.entryDate", String.valueOf(number), text);
	}

	static Refusal entryYear(int number, String text, int year) {
		return Refusal.invalid("file", "worktime.refused.import.entryYear", String.valueOf(number), text,
				String.valueOf(year));
	}

	static Refusal entryDuplicate(int number, String text) {
		return Refusal.invalid("file", "worktime.refused.import.entryDuplicate", String.valueOf(number), text);
	}

	/** A file's entry that is no acceptable day, worded as that entry's fault. */
	static Refusal badEntry(Refusal day, int number, String text) {
		String why = day.fields().isEmpty() ? "" : day.fields().get(0).code();
		String entry = String.valueOf(number);
		return switch (why) {
			case "worktime.refused.nameRequired" -> Refusal.invalid("file", "worktime.refused.import.entryNameRequired",
					entry, text);
			case "worktime.refused.nameTooLong" -> Refusal.invalid("file", "worktime.refused.import.entryNameTooLong",
					entry, text);
			default -> Refusal.invalid("file", "worktime.refused.import.entryMakeUpOnWeekday", entry, text);
		};
	}

	// ------------------------------------------------------------ the API's queries

	static Refusal invalidStart(String value) {
		return Refusal.invalid("start", "worktime.refused.start", value);
	}

	static Refusal invalidYear(int year, int min, int max) {
		return Refusal.invalid("year", "worktime.refused.year", String.valueOf(year), String.valueOf(min),
				String.valueOf(max));
	}

	static Refusal invalidAmount(int amount) {
		return Refusal.invalid("amount", "worktime.refused.amount", String.valueOf(amount));
	}

	// ------------------------------------------------------------ pages

	/**
	 * Puts a refusal's fields beside the form's inputs, each under {@code prefix} (a row of the hours form);
	 * one that names no field, or a field the form does not have, goes on the whole form.
	 */
	static void bind(Refusal refusal, Errors errors, String prefix) {
		if (refusal.fields().isEmpty()) {
			errors.reject(refusal.code(), refusal.arguments().toArray(), null);
			return;
		}
		List<Refusal.FieldError> fields = refusal.fields();
		for (Refusal.FieldError field : fields) {
			if (field.field().equals("periods") || field.field().equals("file")) {
				errors.reject(field.code(), field.getArguments(), null);
			}
			else {
				errors.rejectValue(prefix + field.field(), field.code(), field.getArguments(), null);
			}
		}
	}
}
