package org.steward.enforcement.penalty;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.enforcement.CasePages;
import org.steward.enforcement.MeasureView;
import org.steward.enforcement.Measures;
import org.steward.enforcement.OfficerNames;
import org.steward.enforcement.Severity;
import org.steward.parties.Party;
import org.steward.parties.Parties;
import org.steward.evidence.EvidenceDelivery;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A penalty case's page: deadlines (decide within 90 days of filing, serve within 7 of the
 * decision) with warnings, the evidence list with its SHA-256 hashes, and the form of whichever
 * step comes next for the viewer's role.
 */
@Controller
class PenaltyPageController {

	private final PenaltyCases penalties;

	private final Measures measures;

	private final Parties parties;

	private final CasePages measurePages;

	private final ZoneId zone;

	private final OfficerNames names;

	private final java.time.Clock clock;

	private final PenaltyDocuments penaltyDocuments;

	private final org.steward.enforcement.EnforcementDocuments documents;

	PenaltyPageController(PenaltyCases penalties, Measures measures, Parties parties, CasePages measurePages,
			OfficerNames names, StewardProperties steward, java.time.Clock clock, PenaltyDocuments penaltyDocuments,
			org.steward.enforcement.EnforcementDocuments documents) {
		this.clock = clock;
		this.penaltyDocuments = penaltyDocuments;
		this.documents = documents;
		this.names = names;
		this.penalties = penalties;
		this.measures = measures;
		this.parties = parties;
		this.measurePages = measurePages;
		this.zone = steward.zone();
	}

	@GetMapping("/penalties/{measureId}")
	String page(@PathVariable long measureId, Model model, CurrentUser user) {
		return page(measureId, user, new HashMap<>(), Map.of(), null, model);
	}

	@PostMapping("/penalties/{measureId}/evidence")
	String evidence(@PathVariable long measureId, @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String description, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("description", description);
		return step(measureId, "evidence", form, model, redirect, locale, response, user,
				actor -> penalties.addEvidence(measureId, file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getContentType(), PenaltyApiController.bytes(file), description, actor));
	}

	@PostMapping("/penalties/{measureId}/proposal")
	String propose(@PathVariable long measureId, @RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String amount, @RequestParam(required = false) @Nullable String facts,
			Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("severity", severity);
		form.put("amount", amount);
		form.put("facts", facts);
		return step(measureId, "proposal", form, model, redirect, locale, response, user,
				actor -> penalties.propose(measureId, severity, amount, facts, actor));
	}

	@PostMapping("/penalties/{measureId}/review")
	String review(@PathVariable long measureId, @RequestParam(required = false) @Nullable Boolean passed,
			@RequestParam(required = false) @Nullable String opinion, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("opinion", opinion);
		return step(measureId, "review", form, model, redirect, locale, response, user,
				actor -> penalties.review(measureId, passed, opinion, actor));
	}

	@PostMapping("/penalties/{measureId}/decision")
	String decide(@PathVariable long measureId, @RequestParam(required = false) @Nullable Boolean disclose, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response, CurrentUser user) {
		return step(measureId, "decision", new HashMap<>(), model, redirect, locale, response, user,
				actor -> penalties.decide(measureId, Boolean.TRUE.equals(disclose), actor));
	}

	@PostMapping("/penalties/{measureId}/service")
	String serve(@PathVariable long measureId, @RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable String servedTo,
			@RequestParam(required = false) @Nullable String servedAt, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("method", method);
		form.put("servedTo", servedTo);
		form.put("servedAt", servedAt);
		return step(measureId, "service", form, model, redirect, locale, response, user,
				actor -> penalties.serve(measureId, method, servedTo, time("servedAt", servedAt), actor));
	}

	@PostMapping("/penalties/{measureId}/filing")
	String approveFiling(@PathVariable long measureId, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response, CurrentUser user) {
		return step(measureId, "filing", new HashMap<>(), model, redirect, locale, response, user,
				actor -> penalties.approveFiling(measureId, actor));
	}

	@PostMapping("/penalties/{measureId}/notice")
	String notice(@PathVariable long measureId, @RequestParam(required = false) @Nullable String noticeAt, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("noticeAt", noticeAt);
		return step(measureId, "notice", form, model, redirect, locale, response, user,
				actor -> penalties.notify(measureId, time("noticeAt", noticeAt), actor));
	}

	@PostMapping("/penalties/{measureId}/statements")
	String statement(@PathVariable long measureId, @RequestParam(required = false) @Nullable String content,
			@RequestParam(required = false) @Nullable String receivedAt,
			@RequestParam(required = false) @Nullable Boolean hearingRequest, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("content", content);
		form.put("receivedAt", receivedAt);
		boolean hearing = Boolean.TRUE.equals(hearingRequest);
		return step(measureId, hearing ? "hearingRequest" : "statement", form, model, redirect, locale, response, user,
				actor -> penalties.receive(measureId, hearing, content, time("receivedAt", receivedAt), actor));
	}

	@PostMapping("/penalties/{measureId}/statements/{statementId}/answer")
	String answer(@PathVariable long measureId, @PathVariable long statementId,
			@RequestParam(required = false) @Nullable Boolean adopted, @RequestParam(required = false) @Nullable String answer,
			Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("answer", answer);
		form.put("statementId", statementId);
		return step(measureId, "answer", form, model, redirect, locale, response, user,
				actor -> penalties.answer(measureId, statementId, adopted, answer, actor));
	}

	@PostMapping("/penalties/{measureId}/waiver")
	String waiver(@PathVariable long measureId, @RequestParam(required = false) @Nullable String waiverNote,
			@RequestParam(required = false) @Nullable String waivedAt, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("waiverNote", waiverNote);
		form.put("waivedAt", waivedAt);
		return step(measureId, "waiver", form, model, redirect, locale, response, user,
				actor -> penalties.waive(measureId, waiverNote, time("waivedAt", waivedAt), actor));
	}

	@PostMapping("/penalties/{measureId}/hearing")
	String hearing(@PathVariable long measureId, @RequestParam(required = false) @Nullable String hearingAt,
			@RequestParam(required = false) @Nullable String hearingPlace, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("hearingAt", hearingAt);
		form.put("hearingPlace", hearingPlace);
		return step(measureId, "hearing", form, model, redirect, locale, response, user,
				actor -> penalties.scheduleHearing(measureId, time("hearingAt", hearingAt), hearingPlace, actor));
	}

	@PostMapping("/penalties/{measureId}/hearing/record")
	String hearingRecord(@PathVariable long measureId, @RequestParam(required = false) @Nullable String hearingRecord,
			Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("hearingRecord", hearingRecord);
		return step(measureId, "hearingRecord", form, model, redirect, locale, response, user,
				actor -> penalties.holdHearing(measureId, hearingRecord, actor));
	}

	@PostMapping("/penalties/{measureId}/execution")
	String execution(@PathVariable long measureId, @RequestParam(required = false) @Nullable String execution,
			@RequestParam(required = false) @Nullable String executionNote, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("execution", execution);
		form.put("executionNote", executionNote);
		return step(measureId, "execution", form, model, redirect, locale, response, user,
				actor -> penalties.execute(measureId, execution, executionNote, actor));
	}

	@PostMapping("/penalties/{measureId}/closing")
	String closing(@PathVariable long measureId, @RequestParam(required = false) @Nullable String closingNote,
			Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response, CurrentUser user) {
		Map<String, Object> form = new HashMap<>();
		form.put("closingNote", closingNote);
		return step(measureId, "closing", form, model, redirect, locale, response, user,
				actor -> penalties.close(measureId, closingNote, actor));
	}

	/** A document of the procedure as print page: 立案审批表, 事先告知书, 听证告知书, 决定书, 送达回证, 结案审批表. */
	@GetMapping("/penalties/{measureId}/documents/{kind}")
	String document(@PathVariable long measureId, @PathVariable String kind, Model model, CurrentUser user) {
		model.addAttribute("doc", document(measureId, kind, user));
		return "enforcement/document";
	}

	@GetMapping("/penalties/{measureId}/documents/{kind}.pdf")
	ResponseEntity<byte[]> documentPdf(@PathVariable long measureId, @PathVariable String kind, CurrentUser user) {
		return org.steward.enforcement.DocumentPageController.pdfAnswer(document(measureId, kind, user), documents);
	}

	private org.steward.enforcement.EnforcementDocument document(long measureId, String kind, CurrentUser user) {
		PenaltyCases.PenaltyView penalty = penalties.view(measureId, user); // in the viewer's scope, or refused
		PenaltyDocuments.Kind which;
		try {
			which = PenaltyDocuments.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw PenaltyRefusals.documentNotIssued(kind);
		}
		return penaltyDocuments.document(penalty, which);
	}

	@GetMapping("/penalties/evidence/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
		// a refusal (no such evidence, a case outside the viewer's scope) is the error page's to word
		PenaltyCases.EvidenceFile file = penalties.evidenceFile(id, user);
		EvidenceDelivery.Delivery delivery = EvidenceDelivery.of(file.contentType(), file.content());
		return ResponseEntity.ok()
			.contentType(delivery.type())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(delivery.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			// whatever the file is, nothing in it may run or load in the station's origin
			.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
			.body(file.content());
	}

	private interface Step {

		Object run(CurrentUser user);
	}

	/** Runs one step: PRG on success, the page with inline errors (400) or the refusal (403/409) otherwise. */
	private String step(long measureId, String name, Map<String, Object> form, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user, Step step) {
		try {
			step.run(user);
			redirect.addFlashAttribute("done", name);
			return "redirect:/penalties/" + measureId;
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.NOT_FOUND) {
				throw refused; // the error page words it
			}
			response.setStatus(refused.kind().status());
			form.put("step", name);
			if (refused.kind() == Refusal.Kind.INVALID) {
				return page(measureId, user, form, measurePages.errors(refused, locale), null, model);
			}
			// a conflict or a role's refusal: the page again, what was typed kept, the refusal above it
			return page(measureId, user, form, Map.of(), measurePages.message(refused, locale), model);
		}
	}

	private String page(long measureId, CurrentUser user, Map<String, Object> form, Map<String, String> errors,
			@Nullable String refusal, Model model) {
		PenaltyCases.PenaltyView penalty = penalties.view(measureId, user); // a refusal is the error page's to word
		MeasureView measure = measures.find(measureId).orElseThrow();
		model.addAttribute("penalty", penalty);
		model.addAttribute("measure", measure);
		model.addAttribute("party", parties.find(measure.partyId()).map(Party::name).orElse("—"));
		// officers by name and certificate number, never by the username the tables keep
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("officerLabels", names.labels(measure.officers(), locale));
		Map<String, String> people = new java.util.HashMap<>();
		java.util.stream.Stream
			.concat(java.util.stream.Stream.concat(java.util.stream.Stream.of(penalty.reviewedBy(), penalty.decidedBy(),
					penalty.filingApprovedBy(), penalty.closedBy()),
					penalty.statements().stream().map(PenaltyCases.Statement::answeredBy)),
					penalty.evidence().stream().map(PenaltyCases.EvidenceItem::addedBy))
			.filter(java.util.Objects::nonNull)
			.forEach(u -> people.computeIfAbsent(u, v -> names.label(v, locale)));
		model.addAttribute("names", people);
		model.addAttribute("severities", Severity.values());
		model.addAttribute("methods", PenaltyCase.ServiceMethod.values());
		model.addAttribute("executions", PenaltyCase.Execution.values());
		model.addAttribute("documentKinds", PenaltyDocuments.issued(penalty));
		model.addAttribute("now", java.time.Instant.now(clock));
		model.addAttribute("hearingThreshold", org.steward.enforcement.EnforcementRules.yuan(penalties.hearingThreshold(measureId)));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("zone", zone);
		model.addAttribute("enforcer", user.roles().stream().anyMatch(Measures.ENFORCERS::contains));
		model.addAttribute("reviewer", user.has(Role.COMMAND_CENTRE));
		model.addAttribute("decider", user.has(Role.SQUAD_LEADER) || user.has(Role.COMMAND_CENTRE));
		return "enforcement/penalty";
	}

	private @Nullable Instant time(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Refusal.invalid(field, "enforcement.refused.record.time.format");
		}
	}
}
