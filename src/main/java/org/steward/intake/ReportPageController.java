package org.steward.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.cases.Channel;
import org.steward.cases.TrackingCode;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.MajorClass;
import org.steward.catalog.Urgency;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * The three report pages — residents' public report, the community's whistle and officers'
 * patrol findings — share one form and one path to a case; only the channel, who may open
 * the page and whether urgency is asked differ.
 */
@Controller
class ReportPageController {

	/** One report page: its path, channel, title keys and whether it asks for urgency. */
	enum Mode {
		REPORT("/report", Channel.PUBLIC, false), WHISTLE("/whistle", Channel.WHISTLE, true),
		PATROL("/patrol/new", Channel.PATROL, true);

		final String path;

		final Channel channel;

		final boolean asksUrgency;

		Mode(String path, Channel channel, boolean asksUrgency) {
			this.path = path;
			this.channel = channel;
			this.asksUrgency = asksUrgency;
		}

		public String getPath() {
			return path;
		}

		public String getKey() {
			return name().toLowerCase(Locale.ROOT);
		}

		public boolean isAsksUrgency() {
			return asksUrgency;
		}
	}

	/** The form's fields; a refusal naming any other field is shown above the form. */
	private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("location", "categoryCode", "joinCase",
			"urgency", "description", "address", "photos", "reporterName", "reporterPhone", "updatesTo");

	private final ReportIntake intake;

	private final Catalog catalog;

	private final Accounts accounts;

	private final MessageSource messages;

	private final RefusalTexts refusals;

	private final ZoneId zone;

	ReportPageController(ReportIntake intake, Catalog catalog, Accounts accounts, MessageSource messages,
			RefusalTexts refusals, StewardProperties steward) {
		this.zone = steward.zone();
		this.intake = intake;
		this.catalog = catalog;
		this.accounts = accounts;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/report")
	String report(Model model, Locale locale) {
		return show(Mode.REPORT, newForm(), Map.of(), model, locale);
	}

	@PostMapping("/report")
	String submitReport(@ModelAttribute("form") ReportForm form,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
			Locale locale, RedirectAttributes redirect) {
		return submit(Mode.REPORT, form, photos, model, locale, redirect);
	}

	@GetMapping("/whistle")
	@PreAuthorize("hasAnyRole('COMMUNITY_STAFF', 'STATION_HEAD', 'SQUAD_LEADER', 'COMMAND_CENTRE')")
	String whistle(Model model, Locale locale) {
		return show(Mode.WHISTLE, newForm(), Map.of(), model, locale);
	}

	@PostMapping("/whistle")
	@PreAuthorize("hasAnyRole('COMMUNITY_STAFF', 'STATION_HEAD', 'SQUAD_LEADER', 'COMMAND_CENTRE')")
	String submitWhistle(@ModelAttribute("form") ReportForm form,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
			Locale locale, RedirectAttributes redirect) {
		return submit(Mode.WHISTLE, form, photos, model, locale, redirect);
	}

	@GetMapping("/patrol/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'STATION_HEAD')")
	String patrol(Model model, Locale locale) {
		return show(Mode.PATROL, newForm(), Map.of(), model, locale);
	}

	@PostMapping("/patrol/new")
	@PreAuthorize("hasAnyRole('OFFICER', 'STATION_HEAD')")
	String submitPatrol(@ModelAttribute("form") ReportForm form,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
			Locale locale, RedirectAttributes redirect) {
		return submit(Mode.PATROL, form, photos, model, locale, redirect);
	}

	@GetMapping("/report/done/{trackingCode}")
	String done(@PathVariable String trackingCode, Model model, Locale locale) {
		if (!TrackingCode.isValid(trackingCode)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("trackingCode", trackingCode);
		// the details come with the redirect only; a reload or a shared link shows the code alone
		ReportReceipt receipt = model.getAttribute("receipt") instanceof ReportReceipt r
				&& r.trackingCode().value().equals(trackingCode) ? r : null;
		model.addAttribute("joined", receipt != null && receipt.joined());
		model.addAttribute("station", receipt == null || receipt.station() == null ? null : receipt.station().name(locale));
		// staff who whistled or found it on patrol go on with the case itself; residents keep the tracking code
		model.addAttribute("caseNumber",
				receipt != null && accounts.current().isPresent() ? receipt.caseNumber().value() : null);
		model.addAttribute("acknowledgeBy", receipt == null ? null : localTime(receipt.deadlines().acknowledgeBy()));
		model.addAttribute("handleBy", receipt == null ? null : localTime(receipt.deadlines().handleBy()));
		return "intake/done";
	}

	/** An address as a receipt shows it: enough for its owner to recognise, not enough to reuse. */
	static String masked(String address) {
		int at = address.indexOf('@');
		if (at > 0) {
			return address.charAt(0) + "***" + address.substring(at);
		}
		return address.length() < 7 ? "***"
				: address.substring(0, 3) + "****" + address.substring(address.length() - 4);
	}

	private @Nullable String localTime(@Nullable Instant instant) {
		return instant == null ? null : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(zone));
	}

	private String submit(Mode mode, ReportForm form, @Nullable List<MultipartFile> photos, Model model, Locale locale,
			RedirectAttributes redirect) {
		String submittedBy = accounts.current().map(CurrentUser::username).orElse(null);
		String key = form.getSubmissionKey() == null || form.getSubmissionKey().isBlank() ? null
				: mode.getKey() + ":" + form.getSubmissionKey();
		ReportDraft draft = new ReportDraft(form.toRequest(mode.asksUrgency), ReportApiController.uploads(photos),
				mode.channel, submittedBy, key);
		try {
			ReportReceipt receipt = intake.submit(draft).receipt();
			redirect.addFlashAttribute("receipt", receipt);
			if (form.getUpdatesTo() != null && !form.getUpdatesTo().isBlank()) {
				redirect.addFlashAttribute("updatesTo", masked(form.getUpdatesTo().trim()));
			}
			return "redirect:/report/done/" + receipt.trackingCode().value();
		}
		catch (Refusal refused) {
			if (IntakeRefusals.isKeyReused(refused)) {
				// the same form sent again with other content: treat it as a new form
				form.setSubmissionKey(UUID.randomUUID().toString());
				return show(mode, form, Map.of("global", List.of(messages.getMessage("intake.error.resent", null, locale))),
						model, locale);
			}
			model.addAttribute("photosLost", photos != null && photos.stream().anyMatch(p -> !p.isEmpty()));
			return show(mode, form, errors(refused, locale), model, locale);
		}
	}

	private String show(Mode mode, ReportForm form, Map<String, List<String>> errors, Model model, Locale locale) {
		model.addAttribute("mode", mode);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		Map<String, org.steward.catalog.CategoryHandling> handlings = handlings();
		model.addAttribute("categoryGroups", categoryGroups(mode, handlings, locale));
		model.addAttribute("emergencyCodes", String.join(" ", handlings.entrySet()
			.stream()
			.filter(e -> e.getValue().emergency())
			.map(Map.Entry::getKey)
			.toList()));
		model.addAttribute("hidesEmergencies", mode == Mode.REPORT && handlings.values()
			.stream()
			.anyMatch(h -> h.emergency() && !h.offeredToPublic()));
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("statuses", org.steward.cases.CaseStatus.values());
		return "intake/report";
	}

	private static ReportForm newForm() {
		ReportForm form = new ReportForm();
		form.setSubmissionKey(UUID.randomUUID().toString());
		form.setUrgency(Urgency.NORMAL.name());
		return form;
	}

	/** Active categories under their major class's name, in the catalogue's order. */
	private Map<String, List<CategoryOption>> categoryGroups(Mode mode,
			Map<String, org.steward.catalog.CategoryHandling> handlings, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		Map<String, String> classNames = new LinkedHashMap<>();
		for (MajorClass major : catalog.majorClasses()) {
			classNames.put(major.code(), english ? major.nameEn() : major.nameZh());
		}
		Map<String, List<CategoryOption>> groups = new LinkedHashMap<>();
		classNames.values().forEach(name -> groups.put(name, new ArrayList<>()));
		for (CategoryRules rules : catalog.allCurrent()) {
			if (rules.active() && (mode != Mode.REPORT
					|| handlings.getOrDefault(rules.code(), org.steward.catalog.CategoryHandling.USUAL).offeredToPublic())) {
				String group = classNames.getOrDefault(rules.majorClass().code(), rules.majorClass().code());
				groups.computeIfAbsent(group, g -> new ArrayList<>())
					.add(new CategoryOption(rules.code(), rules.code() + " " + rules.name(locale)));
			}
		}
		groups.values().removeIf(List::isEmpty);
		return groups;
	}

	/**
	 * A refusal's messages in the reader's language, worded from its codes: each bad field's under the form
	 * field it belongs to, the rest (a refusal of the case to join, a field the form does not show) on top.
	 */
	private Map<String, List<String>> errors(Refusal refused, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (refused.fields().isEmpty()) {
			errors.put("global", List.of(refusals.message(refused, locale)));
			return errors;
		}
		for (Refusal.FieldError error : refused.fields()) {
			errors.computeIfAbsent(formField(error.field()), f -> new ArrayList<>()).add(refusals.text(error, locale));
		}
		return errors;
	}

	static String formField(String apiField) {
		if (apiField.startsWith("photos")) {
			return "photos";
		}
		String field = switch (apiField) {
			case "location", "location.lat", "location.lng", "location.crs", "lat", "lng" -> "location";
			case "reporter.name" -> "reporterName";
			case "reporter.phone" -> "reporterPhone";
			case "reporter.updatesTo" -> "updatesTo";
			case "caseNumber" -> "joinCase"; // the case to join refused this report's voice
			default -> apiField;
		};
		return FORM_FIELDS.contains(field) ? field : "global";
	}

	/** Every category's settings that has any (a test double of the catalogue may answer null). */
	private Map<String, org.steward.catalog.CategoryHandling> handlings() {
		Map<String, org.steward.catalog.CategoryHandling> handlings = catalog.handlings();
		return handlings == null ? Map.of() : handlings;
	}

	/** One entry of the category select. */
	record CategoryOption(String code, String label) {
	}
}
