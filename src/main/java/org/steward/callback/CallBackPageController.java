package org.steward.callback;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The command centre's call-back page: the cases to call with the reporter's phone, a form per
 * case for the call's outcome, and the finished ones by status. A refused call shows its reason at
 * the case's form.
 */
@Controller
class CallBackPageController {

	private final CallBacks callBacks;

	private final CallBackQueue queue;

	private final RefusalTexts texts;

	private final ZoneId zone;

	CallBackPageController(CallBacks callBacks, CallBackQueue queue, RefusalTexts texts, StewardProperties steward) {
		this.callBacks = callBacks;
		this.queue = queue;
		this.texts = texts;
		this.zone = steward.zone();
	}

	static CallBackStatus status(@Nullable String given) {
		if (given == null || given.isBlank()) {
			return CallBackStatus.OPEN;
		}
		try {
			return CallBackStatus.valueOf(given.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw CallBackRefusals.unknownStatus(given.length() > 40 ? given.substring(0, 40) : given);
		}
	}

	@GetMapping("/callbacks")
	String page(@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		CallBackStatus wanted = status(status);
		fill(model, user, wanted, page);
		return "callback/queue";
	}

	/** Adds the district's cases closed before the queue existed. */
	@PostMapping("/callbacks/backfill")
	String backfill(CurrentUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("backfilled", callBacks.backfill(user));
		return "redirect:/callbacks";
	}

	@PostMapping("/callbacks/{caseNumber}")
	String call(@PathVariable String caseNumber, @RequestParam(required = false) @Nullable String attempt,
			@RequestParam(required = false) @Nullable String outcome, @RequestParam(required = false) @Nullable String note,
			CurrentUser user, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		callBacks.inScope(caseNumber, user);
		try {
			Integer number = parse(attempt);
			CallBacks.Recorded recorded = callBacks.record(caseNumber, number, outcome, note, user);
			redirect.addFlashAttribute("recorded", caseNumber);
			redirect.addFlashAttribute("recordedStatus", recorded.callBack().status());
			return "redirect:/callbacks";
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.FORBIDDEN || refused.kind() == Refusal.Kind.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(refused.kind().status());
			model.addAttribute("failed", caseNumber);
			model.addAttribute("problem", refused.kind() == Refusal.Kind.INVALID ? null : texts.message(refused, locale));
			model.addAttribute("fieldErrors", refused.kind() == Refusal.Kind.INVALID ? texts.fieldMessages(refused, locale)
					: Map.of());
			model.addAttribute("typedNote", note);
			fill(model, user, CallBackStatus.OPEN, 0);
			return "callback/queue";
		}
	}

	private static @Nullable Integer parse(@Nullable String attempt) {
		if (attempt == null || attempt.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(attempt.strip());
		}
		catch (NumberFormatException bad) {
			return -1; // refused as out of range, naming the field
		}
	}

	private void fill(Model model, CurrentUser user, CallBackStatus status, int page) {
		model.addAttribute("rows", queue.rows(user, status, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", CallBackStatus.values());
		model.addAttribute("counts", callBacks.counts(user));
		model.addAttribute("outcomes", CallBackOutcome.values());
		model.addAttribute("maxAttempts", callBacks.maxAttempts());
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("zone", zone);
	}
}
