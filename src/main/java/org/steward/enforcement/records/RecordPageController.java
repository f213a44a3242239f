package org.steward.enforcement.records;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.enforcement.DocumentPageController;
import org.steward.enforcement.EnforcementDocument;
import org.steward.enforcement.EnforcementDocuments;
import org.steward.enforcement.EnforcementRefusals;
import org.steward.enforcement.EnforcementRoles;
import org.steward.enforcement.CasePages;
import org.steward.enforcement.Text;
import org.steward.parties.Party;
import org.steward.parties.Parties;
import org.steward.cases.CaseDetail;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The forms for an on-site inspection record and an inquiry record on a case (inline errors
 * naming each field), and each record's print page and PDF for viewers who may see the case.
 */
@Controller
class RecordPageController {

	/** Rows of question-and-answer inputs the inquiry form offers. */
	static final int QUESTION_ROWS = 8;

	private final InvestigationRecords records;

	private final Parties parties;

	private final EnforcementDocuments documents;

	private final CasePages measurePages;

	private final ZoneId zone;

	private final java.time.Clock clock;

	RecordPageController(InvestigationRecords records, Parties parties, EnforcementDocuments documents,
			CasePages measurePages, java.time.Clock clock, StewardProperties steward) {
		this.clock = clock;
		this.records = records;
		this.parties = parties;
		this.documents = documents;
		this.measurePages = measurePages;
		this.zone = steward.zone();
	}

	@GetMapping("/cases/{number}/records/new")
	String form(@PathVariable String number, @RequestParam(defaultValue = "INSPECTION") String kind,
			@RequestParam(required = false) @Nullable Long partyId, Model model, HttpServletResponse response, CurrentUser user) {
		CaseDetail detail = measurePages.visibleCase(number, user);
		if (!EnforcementRoles.records(user)) {
			throw EnforcementRefusals.recordsForEnforcers();
		}
		Map<String, Object> form = new HashMap<>();
		form.put("kind", "INQUIRY".equals(kind) ? "INQUIRY" : "INSPECTION");
		form.put("partyId", partyId);
		form.put("startedAt", LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES).toString());
		form.put("place", detail.summary().address());
		form.put("officers", List.of(user.username()));
		form.put("partyPresent", true);
		return page(detail, user, form, Map.of(), model);
	}

	@PostMapping("/cases/{number}/records")
	String make(@PathVariable String number, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Long partyId,
			@RequestParam(required = false) @Nullable String startedAt,
			@RequestParam(required = false) @Nullable String endedAt, @RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable List<String> officers,
			@RequestParam(required = false) @Nullable Boolean partyPresent,
			@RequestParam(required = false) @Nullable String presentPerson,
			@RequestParam(required = false) @Nullable String presentRole,
			@RequestParam(required = false) @Nullable String findings,
			@RequestParam(required = false) @Nullable List<String> question,
			@RequestParam(required = false) @Nullable List<String> answer, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		CaseDetail detail = measurePages.visibleCase(number, user);
		if (!EnforcementRoles.records(user)) {
			throw EnforcementRefusals.recordsForEnforcers();
		}
		List<RecordDraft.QuestionAnswer> pairs = new ArrayList<>();
		int rows = Math.max(question == null ? 0 : question.size(), answer == null ? 0 : answer.size());
		for (int i = 0; i < rows; i++) {
			RecordDraft.QuestionAnswer qa = new RecordDraft.QuestionAnswer(at(question, i), at(answer, i));
			// blank rows are dropped here, so an error's row number is the row the officer sees
			if (!Text.blank(qa.question()) || !Text.blank(qa.answer())) {
				pairs.add(qa);
			}
		}
		Map<String, Object> form = new HashMap<>();
		form.put("kind", kind);
		form.put("partyId", partyId);
		form.put("startedAt", startedAt);
		form.put("endedAt", endedAt);
		form.put("place", place);
		form.put("officers", officers == null ? List.of() : officers);
		form.put("partyPresent", Boolean.TRUE.equals(partyPresent));
		form.put("presentPerson", presentPerson);
		form.put("presentRole", presentRole);
		form.put("findings", findings);
		form.put("questions", pairs);
		try {
			List<Refusal.FieldError> timeProblems = new ArrayList<>();
			Instant start = time("startedAt", startedAt, timeProblems);
			Instant end = time("endedAt", endedAt, timeProblems);
			Refusal.throwIfAny(timeProblems);
			InvestigationRecords.RecordView made = records.make(detail.summary().caseNumber(),
					new RecordDraft(kind, partyId, start, end, place, officers, Boolean.TRUE.equals(partyPresent),
							presentPerson, presentRole, findings, pairs),
					user);
			redirect.addFlashAttribute("made", made.kind().name());
			return "redirect:/enforcement/records/" + made.id();
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.FORBIDDEN) {
				throw EnforcementRefusals.recordsForEnforcers();
			}
			Map<String, String> errors = measurePages.errors(refused, locale);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(detail, user, form, errors, model);
		}
	}

	@GetMapping("/enforcement/records/{id}")
	String document(@PathVariable long id, Model model, CurrentUser user) {
		model.addAttribute("doc", documents(id, user));
		return "enforcement/document";
	}

	@GetMapping("/enforcement/records/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
		return DocumentPageController.pdfAnswer(documents(id, user), documents);
	}

	private EnforcementDocument documents(long id, CurrentUser user) {
		InvestigationRecords.RecordView record = records.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		measurePages.visibleCase(record.caseNumber(), user);
		return records.document(record);
	}

	private String page(CaseDetail detail, CurrentUser user, Map<String, Object> form, Map<String, String> errors,
			Model model) {
		Object partyId = form.get("partyId");
		Party party = partyId instanceof Long id ? parties.find(id).orElse(null) : null;
		@SuppressWarnings("unchecked")
		List<RecordDraft.QuestionAnswer> pairs = new ArrayList<>(
				(List<RecordDraft.QuestionAnswer>) form.getOrDefault("questions", List.of()));
		while (pairs.size() < QUESTION_ROWS) {
			pairs.add(new RecordDraft.QuestionAnswer("", ""));
		}
		form.put("questions", pairs);
		model.addAttribute("detail", detail);
		model.addAttribute("caseNumber", detail.summary().caseNumber().value());
		model.addAttribute("party", party);
		model.addAttribute("kinds", RecordKind.values());
		model.addAttribute("officerOptions", measurePages.officerOptions(detail, user));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "enforcement/record-form";
	}

	private @Nullable Instant time(String field, @Nullable String text, List<Refusal.FieldError> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(Refusal.FieldError.of(field, "enforcement.refused.record.time.format"));
			return null;
		}
	}

	private static @Nullable String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() ? null : values.get(i);
	}
}
