package org.steward.coordination;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.catalog.Urgency;
import org.steward.organization.Departments;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrator's page for the acknowledgement-limit table (department × urgency, minutes
 * to report for duty on a task; default 30). All or nothing: one bad box and nothing is saved.
 */
@Controller
@RequestMapping("/admin/coordination/acknowledge-limits")
@PreAuthorize("hasRole('ADMIN')")
class AcknowledgeLimitsPageController {

	private final JointHandling handling;

	private final Departments departments;

	private final MessageSource messages;

	AcknowledgeLimitsPageController(JointHandling handling, Departments departments, MessageSource messages) {
		this.handling = handling;
		this.departments = departments;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		Map<String, String> values = new HashMap<>();
		handling.acknowledgeLimits()
			.forEach((department, byUrgency) -> byUrgency
				.forEach((urgency, minutes) -> values.put(department + "." + urgency, Integer.toString(minutes))));
		return page(model, values, Map.of());
	}

	@PostMapping
	String save(@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		List<String> codes = departments.all().stream().map(Departments.Department::code).toList();
		AcknowledgeLimitForm form = AcknowledgeLimitForm.read(params, codes);
		if (!form.violations().isEmpty()) {
			Map<String, String> errors = new HashMap<>();
			for (AcknowledgeLimitForm.Violation v : form.violations()) {
				errors.put(v.field(), messages.getMessage(v.messageKey(),
						new Object[] { label(v.department(), v.urgency(), locale),
								Integer.toString(JointHandling.MAX_ACKNOWLEDGE_MINUTES) },
						locale));
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, form.entered(), errors);
		}
		handling.setAcknowledgeLimits(form.limits());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/coordination/acknowledge-limits";
	}

	private String page(Model model, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("departments", departments.all());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		// as text: a message argument that is a number would be formatted "1,440" in English
		model.addAttribute("defaultMinutes", Integer.toString(JointHandling.DEFAULT_ACKNOWLEDGE_MINUTES));
		model.addAttribute("maxMinutes", Integer.toString(JointHandling.MAX_ACKNOWLEDGE_MINUTES));
		return "coordination/acknowledge-limits";
	}

	private String label(String department, String urgency, Locale locale) {
		String name = departments.byCode(department)
			.map(d -> "en".equals(locale.getLanguage()) ? d.nameEn() : d.nameZh())
			.orElse(department);
		return name + " · " + messages.getMessage("coordination.urgency." + urgency, null, urgency, locale);
	}
}
