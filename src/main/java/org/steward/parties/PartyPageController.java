package org.steward.parties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/** The parties registry pages: list, detail with its history, and the registration form with inline errors. */
@Controller
class PartyPageController {

	private final PartyRegistry parties;

	private final List<PartyHistory> histories;

	private final RefusalTexts refusals;

	PartyPageController(PartyRegistry parties, List<PartyHistory> histories, RefusalTexts refusals) {
		this.refusals = refusals;
		this.parties = parties;
		this.histories = histories;
	}

	private static boolean mayRegister(@Nullable CurrentUser user) {
		return user != null && PartyRoles.registersParties(user);
	}

	@GetMapping("/parties")
	String list(Model model, @Nullable CurrentUser user) {
		model.addAttribute("mayRegister", mayRegister(user));
		model.addAttribute("parties", parties.list(200));
		return "parties/parties";
	}

	@GetMapping("/parties/new")
	String form(Model model, jakarta.servlet.http.HttpServletResponse response, @Nullable CurrentUser user) {
		if (!mayRegister(user)) {
			throw PartyRoles.registrarsOnly();
		}
		model.addAttribute("types", PartyType.values());
		model.addAttribute("licences", LicenceStatus.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		return "parties/party-form";
	}

	@PostMapping("/parties")
	String register(@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String creditCode,
			@RequestParam(required = false) @Nullable String address, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lng,
			@RequestParam(required = false) @Nullable String contactName,
			@RequestParam(required = false) @Nullable String contactPhone,
			@RequestParam(required = false) @Nullable String licenceStatus,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate frontageFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate frontageTo,
			Model model, RedirectAttributes redirect, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response, @Nullable CurrentUser user) {
		if (!mayRegister(user)) {
			throw PartyRoles.registrarsOnly();
		}
		List<PartyDraft.Contact> contacts = PartyDraft.blank(contactName) && PartyDraft.blank(contactPhone) ? List.of()
				: List.of(new PartyDraft.Contact(contactName, contactPhone, null));
		PartyDraft draft = new PartyDraft(type, name, creditCode, address, lat, lng, "WGS84", contacts, licenceStatus,
				frontageFrom, frontageTo);
		try {
			long id = parties.register(draft);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/parties/" + id;
		}
		catch (Refusal refused) {
			// bad fields inline (a contact's fields under the one contact row); a taken credit code at its field
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			if (refused.kind() == Refusal.Kind.INVALID) {
				refusals.fieldMessages(refused, locale)
					.forEach((field, text) -> errors.putIfAbsent(field.startsWith("contacts") ? "contact" : field, text));
			}
			else {
				errors.put("creditCode", refusals.message(refused, locale));
			}
			model.addAttribute("errors", errors);
			response.setStatus(refused.kind().status()); // 400 for bad fields, 409 for a taken credit code
		}
		java.util.HashMap<String, Object> form = new java.util.HashMap<>();
		form.put("type", type);
		form.put("name", name);
		form.put("creditCode", creditCode);
		form.put("address", address);
		form.put("lat", lat);
		form.put("lng", lng);
		form.put("contactName", contactName);
		form.put("contactPhone", contactPhone);
		form.put("licenceStatus", licenceStatus);
		form.put("frontageFrom", frontageFrom);
		form.put("frontageTo", frontageTo);
		model.addAttribute("form", form);
		model.addAttribute("types", PartyType.values());
		model.addAttribute("licences", LicenceStatus.values());
		return "parties/party-form";
	}

	@GetMapping("/parties/{id}")
	String detail(@PathVariable long id, Model model, @Nullable CurrentUser user) {
		Party party = parties.find(id).orElseThrow(() -> Refusal.notFound("parties.refused.notFound", id));
		boolean command = user != null && user.has(Role.COMMAND_CENTRE);
		model.addAttribute("party", command ? party : party.masked());
		model.addAttribute("history", histories.stream()
			.flatMap(history -> history.entries(id).stream())
			.sorted(java.util.Comparator.comparing(PartyHistory.Entry::at))
			.toList());
		return "parties/party";
	}
}
