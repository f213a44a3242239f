package org.steward.worktime;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * The administrator's calendar page: the special days of a year, the working hours, and the
 * holiday-cn import. Successful changes redirect (Post/Redirect/Get); rejected ones show the
 * page again with the message beside the field.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarPageController {

	private static final String VIEW = "worktime/calendar";

	private final CalendarAdministration calendar;

	private final CalendarWorkingTime workingTime;

	private final RefusalTexts refusals;

	private final Clock clock;

	CalendarPageController(CalendarAdministration calendar, CalendarWorkingTime workingTime, RefusalTexts refusals,
			Clock clock) {
		this.calendar = calendar;
		this.workingTime = workingTime;
		this.refusals = refusals;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate edit,
			Model model) {
		int shown = validYear(year);
		CalendarDay editing = edit == null ? null : calendar.day(edit).orElse(null);
		DayForm dayForm = editing == null ? new DayForm() : DayForm.of(editing);
		return show(shown, editing == null ? null : editing.date(), dayForm, HoursForm.of(calendar.hours()), model);
	}

	@PostMapping("/days")
	String add(@ModelAttribute("dayForm") DayForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable Integer year, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CalendarDay day = form.toDay(errors);
		if (day != null) {
			try {
				calendar.add(day);
				redirect.addFlashAttribute("saved", "worktime.day.saved");
				return "redirect:/admin/calendar?year=" + day.date().getYear();
			}
			catch (Refusal refused) {
				CalendarRefusals.bind(refused, errors, "");
				response.setStatus(refused.kind().status());
			}
		}
		badInput(response);
		return show(validYear(year), null, form, HoursForm.of(calendar.hours()), model);
	}

	@PostMapping("/days/{date}")
	String change(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@ModelAttribute("dayForm") DayForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		// the date is the entry's identity; moving an entry is a delete and an add
		form.setDate(date.toString());
		CalendarDay day = form.toDay(errors);
		if (day != null) {
			try {
				calendar.change(day);
				redirect.addFlashAttribute("saved", "worktime.day.saved");
				return "redirect:/admin/calendar?year=" + date.getYear();
			}
			catch (Refusal refused) {
				CalendarRefusals.bind(refused, errors, "");
				response.setStatus(refused.kind().status());
			}
		}
		badInput(response);
		return show(date.getYear(), date, form, HoursForm.of(calendar.hours()), model);
	}

	@PostMapping("/days/{date}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale,
			RedirectAttributes redirect) {
		try {
			calendar.remove(date);
			redirect.addFlashAttribute("saved", "worktime.day.deleted");
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("problem", refusals.message(refused, locale));
		}
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/hours")
	String saveHours(@ModelAttribute("hoursForm") HoursForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable Integer year, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		WorkingHours hours = form.toHours(errors);
		int shown = validYear(year);
		if (hours == null) {
			badInput(response);
			return show(shown, null, new DayForm(), form.withSpareRows(), model);
		}
		calendar.replaceHours(hours);
		redirect.addFlashAttribute("saved", "worktime.hours.saved");
		return "redirect:/admin/calendar?year=" + shown;
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try {
			HolidayCnFile parsed = HolidayCnFile.parse(file == null ? new byte[0] : file.getBytes());
			calendar.importYear(parsed);
			redirect.addFlashAttribute("imported", new Object[] { String.valueOf(parsed.year()), parsed.days().size() });
			return "redirect:/admin/calendar?year=" + parsed.year();
		}
		catch (Refusal refused) {
			response.setStatus(refused.kind().status());
			model.addAttribute("importError", refusals.message(refused, locale));
			return show(validYear(year), null, new DayForm(), HoursForm.of(calendar.hours()), model);
		}
	}

	private String show(int year, @Nullable LocalDate editing, DayForm dayForm, HoursForm hoursForm, Model model) {
		List<CalendarDay> days = calendar.daysOf(year);
		TreeSet<Integer> years = new TreeSet<>();
		calendar.allDays().forEach(d -> years.add(d.date().getYear()));
		int thisYear = LocalDate.now(clock.withZone(workingTime.zone())).getYear();
		for (int y = thisYear - 1; y <= thisYear + 1; y++) {
			years.add(y);
		}
		years.add(year);
		model.addAttribute("year", year);
		model.addAttribute("years", years);
		model.addAttribute("days", days);
		model.addAttribute("provisional", days.stream().anyMatch(d -> d.source() == CalendarSource.PROVISIONAL));
		model.addAttribute("editing", editing);
		model.addAttribute("dayForm", dayForm);
		model.addAttribute("hoursForm", hoursForm);
		model.addAttribute("zone", workingTime.zone().getId());
		model.addAttribute("kinds", DayKind.values());
		return VIEW;
	}

	private int validYear(@Nullable Integer year) {
		if (year == null || year < HolidayCnFile.MIN_YEAR || year > HolidayCnFile.MAX_YEAR) {
			return LocalDate.now(clock.withZone(workingTime.zone())).getYear();
		}
		return year;
	}

	/** A form shown again for what was typed into it answers 400, unless a refusal already set its status. */
	private static void badInput(HttpServletResponse response) {
		if (response.getStatus() < 400) {
			response.setStatus(400);
		}
	}
}
