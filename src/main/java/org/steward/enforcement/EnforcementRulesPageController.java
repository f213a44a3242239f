package org.steward.enforcement;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administration of the 首违不罚 exemption list and the discretion benchmark: list, add, change
 * and remove, with each bad field named inline; every change is entered into the audit chain.
 */
@Controller
@RequestMapping("/admin/enforcement")
@PreAuthorize("hasRole('ADMIN')")
class EnforcementRulesPageController {

	private final EnforcementRules rules;

	private final Catalog catalog;

	private final CasePages measurePages;

	private final ZoneId zone;

	private final OfficerNames names;

	EnforcementRulesPageController(EnforcementRules rules, Catalog catalog,
			CasePages measurePages, OfficerNames names, StewardProperties steward) {
		this.names = names;
		this.rules = rules;
		this.catalog = catalog;
		this.measurePages = measurePages;
		this.zone = steward.zone();
	}

	@GetMapping("/exemptions")
	String exemptions(@RequestParam(required = false) @Nullable String edit, Model model) {
		Map<String, Object> form = new HashMap<>();
		if (edit != null) {
			rules.exemption(edit).ifPresent(e -> {
				form.put("categoryCode", e.categoryCode());
				form.put("note", e.note());
			});
		}
		return exemptionsPage(form, Map.of(), model);
	}

	@PostMapping("/exemptions")
	String saveExemption(@RequestParam(required = false) @Nullable String categoryCode,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response, CurrentUser user) {
		try {
			EnforcementRules.Exemption saved = rules.putExemption(categoryCode, note, user);
			redirect.addFlashAttribute("saved", saved.categoryCode());
			return "redirect:/admin/enforcement/exemptions";
		}
		catch (Refusal refused) {
			Map<String, String> errors = measurePages.errors(refused, locale);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, Object> form = new HashMap<>();
			form.put("categoryCode", categoryCode);
			form.put("note", note);
			return exemptionsPage(form, errors, model);
		}
	}

	@PostMapping("/exemptions/{categoryCode}/removal")
	String removeExemption(@PathVariable String categoryCode, RedirectAttributes redirect, CurrentUser user) {
		// a refusal (not on the list, not an administrator) is the error page's to word
		rules.removeExemption(categoryCode, user);
		redirect.addFlashAttribute("removed", categoryCode);
		return "redirect:/admin/enforcement/exemptions";
	}

	@GetMapping("/benchmarks")
	String benchmarks(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String severity, Model model) {
		Map<String, Object> form = new HashMap<>();
		if (category != null) {
			form.put("categoryCode", category);
			form.put("severity", severity);
			rules.benchmarksOf(category)
				.stream()
				.filter(b -> b.severity().name().equals(severity))
				.findFirst()
				.ifPresent(b -> {
					form.put("minAmount", b.minText());
					form.put("maxAmount", b.maxText());
					form.put("legalBasis", b.legalBasis());
					form.put("major", b.major());
				});
		}
		return benchmarksPage(form, Map.of(), model);
	}

	@PostMapping("/benchmarks")
	String saveBenchmark(@RequestParam(required = false) @Nullable String categoryCode,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String minAmount,
			@RequestParam(required = false) @Nullable String maxAmount,
			@RequestParam(required = false) @Nullable String legalBasis,
			@RequestParam(required = false) @Nullable Boolean major, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response, CurrentUser user) {
		try {
			EnforcementRules.Benchmark saved = rules.putBenchmark(
					new EnforcementRules.BenchmarkDraft(categoryCode, severity, minAmount, maxAmount, legalBasis,
							Boolean.TRUE.equals(major)), user);
			redirect.addFlashAttribute("saved", saved.categoryCode() + " " + saved.severity().name());
			return "redirect:/admin/enforcement/benchmarks";
		}
		catch (Refusal refused) {
			Map<String, String> errors = measurePages.errors(refused, locale);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, Object> form = new HashMap<>();
			form.put("categoryCode", categoryCode);
			form.put("severity", severity);
			form.put("minAmount", minAmount);
			form.put("maxAmount", maxAmount);
			form.put("legalBasis", legalBasis);
			form.put("major", Boolean.TRUE.equals(major));
			return benchmarksPage(form, errors, model);
		}
	}

	@PostMapping("/benchmarks/{categoryCode}/{severity}/removal")
	String removeBenchmark(@PathVariable String categoryCode, @PathVariable String severity,
			RedirectAttributes redirect, CurrentUser user) {
		// a refusal (no such range, an unknown grade, not an administrator) is the error page's to word
		rules.removeBenchmark(categoryCode, severity, user);
		redirect.addFlashAttribute("removed", categoryCode + " " + severity);
		return "redirect:/admin/enforcement/benchmarks";
	}

	private String exemptionsPage(Map<String, Object> form, Map<String, String> errors, Model model) {
		List<EnforcementRules.Exemption> exemptions = rules.exemptions();
		model.addAttribute("exemptions", exemptions);
		people(exemptions.stream().map(EnforcementRules.Exemption::updatedBy), model);
		common(form, errors, model);
		return "enforcement/admin-exemptions";
	}

	private String benchmarksPage(Map<String, Object> form, Map<String, String> errors, Model model) {
		List<EnforcementRules.Benchmark> benchmarks = rules.benchmarks();
		model.addAttribute("benchmarks", benchmarks);
		people(benchmarks.stream().map(EnforcementRules.Benchmark::updatedBy), model);
		model.addAttribute("severities", Severity.values());
		common(form, errors, model);
		return "enforcement/admin-benchmarks";
	}

	/** Who changed a rule, by name rather than username. */
	private void people(java.util.stream.Stream<@Nullable String> usernames, Model model) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<String, String> people = new HashMap<>();
		usernames.filter(java.util.Objects::nonNull).forEach(u -> people.computeIfAbsent(u, v -> names.label(v, locale)));
		model.addAttribute("people", people);
	}

	private void common(Map<String, Object> form, Map<String, String> errors, Model model) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<String, CategoryRules> byCode = new HashMap<>();
		// the form's choices: code → "code name" in the reader's language, in the catalogue's order
		Map<String, String> choices = new java.util.LinkedHashMap<>();
		catalog.allCurrent().forEach(c -> {
			byCode.put(c.code(), c);
			choices.put(c.code(), c.code() + " " + c.name(locale));
		});
		model.addAttribute("categoryChoices", choices);
		model.addAttribute("categoryByCode", byCode);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", zone);
	}
}
