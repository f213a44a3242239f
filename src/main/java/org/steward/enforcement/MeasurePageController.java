package org.steward.enforcement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.parties.Party;
import org.steward.parties.Parties;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.refusal.Refusal;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.organization.Officer;
import org.steward.organization.Organization;
import org.steward.refusal.Refusal;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * A case's measures page (三先): pick the party from the registry, read the suggested lightest
 * step and why, record a measure (inline errors naming each field), and see the case's measures
 * with their documents and re-inspections.
 */
@Controller
class MeasurePageController {

	private final Measures measures;

	private final Parties parties;

	private final Reinspections reinspections;

	private final CaseQueries cases;

	private final CasePages pages;

	private final MessageSource messages;

	private final List<MeasurePageSection> sections;

	private final ZoneId zone;

	private final OfficerNames names;

	MeasurePageController(Measures measures, Parties parties, Reinspections reinspections, CaseQueries cases,
			CasePages pages, MessageSource messages, List<MeasurePageSection> sections, OfficerNames names,
			StewardProperties steward) {
		this.names = names;
		this.sections = sections;
		this.measures = measures;
		this.parties = parties;
		this.reinspections = reinspections;
		this.cases = cases;
		this.pages = pages;
		this.messages = messages;
		this.zone = steward.zone();
	}

	@GetMapping("/cases/{number}/measures")
	String page(@PathVariable String number, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long partyId,
			HtmxRequest htmx, Model model, CurrentUser user) {
		CaseDetail detail = pages.visibleCase(number, user);
		// the party search asks htmx for the result list alone; a boosted link or a plain visit gets the page
		if (htmx.isHtmxRequest() && !htmx.isBoosted() && q != null) {
			model.addAttribute("results", parties.search(q, 20));
			model.addAttribute("caseNumber", number);
			return "enforcement/partials/party-results :: results";
		}
		Map<String, Object> form = new HashMap<>();
		form.put("officers", List.of(user.username()));
		return page(detail, user, q, partyId, form, Map.of(), model);
	}

	@PostMapping("/cases/{number}/measures")
	String record(@PathVariable String number, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable Long partyId, @RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable List<String> officers,
			@RequestParam(required = false) @Nullable String deadline,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String agreement,
			@RequestParam(required = false) @Nullable String signedBy,
			@RequestParam(required = false) @Nullable Boolean major, Model model, RedirectAttributes redirect,
			Locale locale, jakarta.servlet.http.HttpServletResponse response, CurrentUser user) {
		CaseDetail detail = pages.visibleCase(number, user);
		if (!EnforcementRoles.records(user)) {
			throw EnforcementRefusals.measuresForEnforcers();
		}
		Map<String, Object> form = new HashMap<>();
		form.put("type", type);
		form.put("notes", notes);
		form.put("officers", officers == null ? List.of() : officers);
		form.put("deadline", deadline);
		form.put("reason", reason);
		form.put("agreement", agreement);
		form.put("signedBy", signedBy);
		form.put("major", Boolean.TRUE.equals(major));
		try {
			Instant due = deadline(deadline);
			MeasureView recorded = measures.record(detail.summary().caseNumber(),
					new MeasureRequest(type, partyId, blankToNull(notes), officers, due, blankToNull(reason),
							blankToNull(agreement), blankToNull(signedBy), major),
					user);
			redirect.addFlashAttribute("recorded", recorded.type().name());
			redirect.addFlashAttribute("recordedDocument", recorded.documentNumber());
			return "redirect:/cases/" + number + "/measures?partyId=" + recorded.partyId();
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.FORBIDDEN) {
				throw EnforcementRefusals.measuresForEnforcers();
			}
			Map<String, String> errors = pages.errors(refused, locale);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", true);
			return page(detail, user, null, partyId, form, errors, model);
		}
	}

	private String page(CaseDetail detail, CurrentUser user, @Nullable String q, @Nullable Long partyId,
			Map<String, Object> form, Map<String, String> errors, Model model) {
		CaseNumber number = detail.summary().caseNumber();
		Party party = partyId == null ? null : parties.find(partyId).orElse(null);
		List<MeasureView> onCase = measures.ofCase(number);
		Map<Long, String> partyNames = new LinkedHashMap<>();
		for (MeasureView m : onCase) {
			partyNames.computeIfAbsent(m.partyId(), id -> parties.find(id).map(Party::name).orElse("#" + id));
		}
		model.addAttribute("detail", detail);
		model.addAttribute("caseNumber", number.value());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("results", party == null || q != null ? parties.search(q, 20) : null);
		model.addAttribute("party", party == null ? null : user.has(Role.COMMAND_CENTRE) ? party : party.masked());
		model.addAttribute("suggestion", party == null ? null : measures.suggest(number, party.id(), user));
		model.addAttribute("measures", onCase);
		model.addAttribute("partyNames", partyNames);
		List<Reinspections.Task> due = reinspections.ofCase(number.value());
		model.addAttribute("reinspections", due);
		// the tables name officers by name and certificate number, never by username
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<String, String> people = new HashMap<>();
		onCase.forEach(m -> m.officers().forEach(u -> people.computeIfAbsent(u, v -> names.label(v, locale))));
		due.forEach(r -> people.computeIfAbsent(r.officer(), v -> names.label(v, locale)));
		model.addAttribute("officerLabels", onCase.stream()
			.collect(java.util.stream.Collectors.toMap(MeasureView::id,
					m -> String.join(messages.getMessage("enforcement.officer.separator", null, "、", locale),
							m.officers().stream().map(people::get).toList()))));
		model.addAttribute("people", people);
		sections.forEach(section -> section.addTo(number, model));
		model.addAttribute("types", MeasureType.values());
		model.addAttribute("officerOptions", pages.officerOptions(detail, user));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", zone);
		model.addAttribute("mayRecord", EnforcementRoles.records(user));
		model.addAttribute("mayRegister", org.steward.parties.PartyRoles.registersParties(user));
		return "enforcement/measures";
	}

	/** The form's local date and time, read in the district's zone. */
	private @Nullable Instant deadline(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Refusal.invalid("deadline", "enforcement.refused.deadline.format");
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
