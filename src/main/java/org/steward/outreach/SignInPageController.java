package org.steward.outreach;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page an attendee opens on their own phone from the session's QR code: no account, the link's
 * signed token is the authority. A refused link (foreign, expired, not yet open) or a second
 * sign-in says so on the same page, worded in the reader's language.
 */
@Controller
class SignInPageController {

	private final Sessions sessions;

	private final RefusalTexts refusals;

	private final java.time.format.DateTimeFormatter when;

	SignInPageController(Sessions sessions, RefusalTexts refusals, org.steward.StewardProperties steward) {
		this.sessions = sessions;
		this.refusals = refusals;
		this.when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(steward.zone());
	}

	@GetMapping("/outreach/sign-in")
	String page(@RequestParam(name = "t", required = false) @Nullable String token, Model model, Locale locale,
			HttpServletResponse response) {
		return form(token, Map.of(), Map.of(), model, locale, response);
	}

	@PostMapping("/outreach/sign-in")
	String signIn(@RequestParam(name = "t", required = false) @Nullable String token,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable Long partyId, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lng, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			Sessions.Attendance done = sessions.signIn(new Sessions.SignIn(token, name, phone, partyId, lat, lng));
			model.addAttribute("done", done);
			Sessions.Session session = sessions.find(done.sessionId()).orElseThrow();
			model.addAttribute("ses", session);
			model.addAttribute("when", when.format(session.startsAt()));
			return "outreach/sign-in";
		}
		catch (Refusal refused) {
			response.setStatus(refused.kind().status());
			if (refused.kind() == Refusal.Kind.INVALID) {
				java.util.HashMap<String, Object> typed = new java.util.HashMap<>();
				typed.put("name", name);
				typed.put("phone", phone);
				typed.put("partyId", partyId);
				return form(token, refusals.fieldMessages(refused, locale), typed, model, locale, response);
			}
			if (refused.kind() == Refusal.Kind.CONFLICT) {
				model.addAttribute("refusal", refusals.message(refused, locale));
				return form(token, Map.of(), Map.of(), model, locale, response);
			}
			model.addAttribute("refusal", refusals.message(refused, locale));
			return "outreach/sign-in";
		}
	}

	private String form(@Nullable String token, Map<String, String> errors, Map<String, Object> typed, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			Sessions.SignInPage page = sessions.signInPage(token);
			model.addAttribute("ses", page.session());
			model.addAttribute("when", when.format(page.session().startsAt()));
			model.addAttribute("parties", page.parties());
			model.addAttribute("token", token);
			model.addAttribute("errors", errors);
			model.addAttribute("typed", typed);
		}
		catch (Refusal refused) {
			response.setStatus(refused.kind().status());
			model.addAttribute("refusal", refusals.message(refused, locale));
		}
		return "outreach/sign-in";
	}
}
