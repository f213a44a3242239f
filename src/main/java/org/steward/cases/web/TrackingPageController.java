package org.steward.cases.web;

import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseQueries;
import org.steward.cases.PublicCase;
import org.steward.cases.Rating;
import org.steward.cases.TrackingCode;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The resident's page, without an account: a case by its tracking code — status and the public
 * timeline only, no names, phone numbers or notes — and the one rating of a closed case.
 */
@Controller
class TrackingPageController {

	private final CaseQueries queries;

	private final CaseCommands commands;

	private final ZoneId zone;

	private final RefusalTexts refusals;

	TrackingPageController(CaseQueries queries, CaseCommands commands,
			StewardProperties steward, RefusalTexts refusals) {
		this.refusals = refusals;
		this.queries = queries;
		this.commands = commands;
		this.zone = steward.zone();
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	@ModelAttribute("english")
	boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	@GetMapping("/track")
	String form(@RequestParam(required = false) @Nullable String code, Model model) {
		if (code != null && !code.isBlank()) {
			String normalised = code.strip().toUpperCase(Locale.ROOT);
			if (TrackingCode.isValid(normalised)) {
				return "redirect:/track/" + normalised;
			}
			model.addAttribute("invalid", true);
			model.addAttribute("code", code);
		}
		return "cases/track-form";
	}

	@GetMapping("/track/{code}")
	String track(@PathVariable String code, Model model, HttpServletResponse response) {
		String normalised = normalised(code);
		if (!normalised.equals(code) && TrackingCode.isValid(normalised)) {
			return "redirect:/track/" + normalised;
		}
		return show(code, model, response);
	}

	/** Codes are written in capitals; one typed in small letters or with spaces around it is the same code. */
	private static String normalised(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	private static final int MAX_COMMENT = 1000;

	@PostMapping("/track/{code}/rating")
	String rate(@PathVariable String code, @RequestParam(required = false) @Nullable Rating rating,
			@RequestParam(required = false) @Nullable String comment, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		code = normalised(code);
		if (!TrackingCode.isValid(code)) {
			return show(code, model, response);
		}
		if (rating == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ratingMissing", true);
			return show(code, model, response);
		}
		try {
			String text = comment == null || comment.isBlank() ? null : comment.strip();
			if (text != null && text.length() > MAX_COMMENT) {
				throw org.steward.cases.CaseRefusals.commentTooLong(MAX_COMMENT);
			}
			commands.rate(new TrackingCode(code), rating, text);
		}
		catch (Refusal ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("ratingRefused", refusals.message(ex, locale));
			return show(code, model, response);
		}
		redirect.addFlashAttribute("rated", true);
		return "redirect:/track/" + code;
	}

	private String show(String code, Model model, HttpServletResponse response) {
		PublicCase found = TrackingCode.isValid(code) ? queries.track(new TrackingCode(code)).orElse(null) : null;
		if (found == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("invalid", true);
			model.addAttribute("code", code);
			return "cases/track-form";
		}
		model.addAttribute("tracked", found);
		model.addAttribute("ratings", Rating.values());
		return "cases/track";
	}
}
