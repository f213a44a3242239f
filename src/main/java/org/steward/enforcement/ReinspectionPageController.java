package org.steward.enforcement;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.refusal.Refusal;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * The responsible officer's re-inspection queue: correction orders whose deadline has passed,
 * each with the form to record what the re-inspection found. Station heads and squad leaders,
 * who may record a finding too, see the open tasks of the cases in their scope.
 */
@Controller
class ReinspectionPageController {

	/** A task with what the officer needs to find the place and the order. */
	record Row(Reinspections.Task task, @Nullable MeasureView order, String partyName, @Nullable String partyAddress) {
	}

	private final Reinspections reinspections;

	private final Measures measures;

	private final Parties parties;

	private final CasePages measurePages;

	private final CaseQueries cases;

	private final ZoneId zone;

	ReinspectionPageController(Reinspections reinspections, Measures measures, Parties parties,
			CasePages measurePages, CaseQueries cases, StewardProperties steward) {
		this.cases = cases;
		this.reinspections = reinspections;
		this.measures = measures;
		this.parties = parties;
		this.measurePages = measurePages;
		this.zone = steward.zone();
	}

	@GetMapping("/reinspections")
	String queue(Model model, CurrentUser user) {
		return page(user, null, Map.of(), model);
	}

	@PostMapping("/reinspections/{id}")
	String record(@PathVariable long id, @RequestParam(required = false) @Nullable Boolean corrected,
			@RequestParam(required = false) @Nullable String notes, Model model, RedirectAttributes redirect,
			Locale locale, jakarta.servlet.http.HttpServletResponse response, CurrentUser user) {
		try {
			Reinspections.Task done = reinspections.complete(id, corrected,
					notes == null || notes.isBlank() ? null : notes.strip(), user);
			MeasureView order = measures.find(done.measureId()).orElseThrow();
			redirect.addFlashAttribute("done", done);
			redirect.addFlashAttribute("doneParty", order.partyId());
			return "redirect:/reinspections";
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.CONFLICT) {
				// done meanwhile (by a colleague, or twice): the queue again, the refusal above it
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("refusal", measurePages.message(refused, locale));
				return page(user, null, Map.of(), model);
			}
			// not found or not theirs: the error page words it; bad fields stay on the form with what was typed
			Map<String, String> errors = measurePages.errors(refused, locale);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("notes", notes);
			return page(user, id, errors, model);
		}
	}

	private String page(CurrentUser user, @Nullable Long failedTask, Map<String, String> errors, Model model) {
		// the officer's own tasks; a station head or squad leader also sees the open tasks of the cases in their scope
		List<Reinspections.Task> tasks = user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER)
				? reinspections.allOpen(500).stream().filter(t -> t.officer().equals(user.username()) || visible(t, user)).toList()
				: reinspections.openFor(user.username());
		List<Row> rows = tasks.stream().map(t -> {
			MeasureView order = measures.find(t.measureId()).orElse(null);
			Party party = order == null ? null : parties.find(order.partyId()).orElse(null);
			return new Row(t, order, party == null ? "—" : party.name(), party == null ? null : party.address());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("failedTask", failedTask);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", zone);
		return "enforcement/reinspections";
	}

	private boolean visible(Reinspections.Task task, CurrentUser user) {
		try {
			cases.detail(new CaseNumber(task.caseNumber()), user);
			return true;
		}
		catch (Refusal outOfScope) {
			return false;
		}
	}
}
