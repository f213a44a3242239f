package org.steward.worktime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.steward.refusal.Refusal;

/** The add/edit form of one special day, as typed; {@link #toDay} turns it into the model. */
class DayForm {

	private @Nullable String date;

	private String kind = DayKind.HOLIDAY.name();

	private @Nullable String nameZh;

	private @Nullable String nameEn;

	static DayForm of(CalendarDay day) {
		DayForm form = new DayForm();
		form.date = day.date().toString();
		form.kind = day.kind().name();
		form.nameZh = day.nameZh();
		form.nameEn = day.nameEn();
		return form;
	}

	/** The day the form describes, or null with the reasons recorded in {@code errors}. */
	@Nullable
	CalendarDay toDay(Errors errors) {
		LocalDate parsed = null;
		if (date == null || date.isBlank()) {
			bind(CalendarRefusals.dateRequired(), errors);
		}
		else {
			try {
				parsed = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				bind(CalendarRefusals.dateInvalid(date), errors);
			}
		}
		DayKind parsedKind = null;
		try {
			parsedKind = DayKind.valueOf(kind);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			bind(CalendarRefusals.kindRequired(), errors);
		}
		if (nameZh == null || nameZh.isBlank()) {
			CalendarRefusals.bind(CalendarRefusals.nameRequired("nameZh"), errors, "");
		}
		if (errors.hasErrors() || parsed == null || parsedKind == null) {
			return null;
		}
		try {
			return new CalendarDay(parsed, parsedKind, nameZh, nameEn, CalendarSource.ADMIN);
		}
		catch (Refusal refused) {
			CalendarRefusals.bind(refused, errors, "");
			return null;
		}
	}

	private static void bind(Refusal.FieldError error, Errors errors) {
		errors.rejectValue(error.field(), error.code(), error.getArguments(), null);
	}

	public @Nullable String getDate() {
		return date;
	}

	public void setDate(@Nullable String date) {
		this.date = date;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public @Nullable String getNameZh() {
		return nameZh;
	}

	public void setNameZh(@Nullable String nameZh) {
		this.nameZh = nameZh;
	}

	public @Nullable String getNameEn() {
		return nameEn;
	}

	public void setNameEn(@Nullable String nameEn) {
		this.nameEn = nameEn;
	}
}
