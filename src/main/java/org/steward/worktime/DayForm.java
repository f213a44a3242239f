package org.steward.worktime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

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
			errors.rejectValue("date", "worktime.day.error.dateRequired");
		}
		else {
			try {
				parsed = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("date", "worktime.day.error.dateInvalid", new Object[] { date }, null);
			}
		}
		DayKind parsedKind = null;
		try {
			parsedKind = DayKind.valueOf(kind);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.rejectValue("kind", "worktime.day.error.kindRequired");
		}
		if (nameZh == null || nameZh.isBlank()) {
			errors.rejectValue("nameZh", "worktime.day.error.nameRequired");
		}
		if (errors.hasErrors() || parsed == null || parsedKind == null) {
			return null;
		}
		try {
			return new CalendarDay(parsed, parsedKind, nameZh, nameEn, CalendarSource.ADMIN);
		}
		catch (CalendarRejection rejection) {
			CalendarPageController.reject(errors, rejection, "");
			return null;
		}
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
