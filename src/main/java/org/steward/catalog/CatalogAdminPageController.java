package org.steward.catalog;

import java.security.Principal;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;
import org.steward.worktime.LimitUnit;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * Administration of the catalogue. Saving never overwrites: each save is a new version of the
 * category's rules, and the page lists the versions before it.
 */
@Controller
@RequestMapping("/admin/catalog")
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminPageController {

	private static final String FORM = "categoryForm";

	private final CatalogView view;

	private final JdbcCatalog catalog;

	private final CatalogEditor editor;

	private final ZoneId zone;

	private final RefusalTexts refusals;

	private final java.time.Clock clock;

	CatalogAdminPageController(CatalogView view, JdbcCatalog catalog, CatalogEditor editor,
			StewardProperties steward, RefusalTexts refusals, java.time.Clock clock) {
		this.clock = clock;
		this.refusals = refusals;
		this.view = view;
		this.zone = steward.zone();
		this.catalog = catalog;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			HtmxRequest htmx, Model model) {
		model.addAttribute("groups", view.groups(new CatalogView.Filter(q, kind, status)));
		model.addAttribute("departments", view.departmentsByCode());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kind", kind == null ? "" : kind);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("kinds", CategoryKind.values());
		// the filter form asks htmx for the table alone; a boosted link or a plain visit gets the page
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "catalog/partials/admin-table :: table" : "catalog/admin-list";
	}

	@GetMapping("/new")
	String newCategory(Model model) {
		model.addAttribute(FORM, CategoryForm.blank());
		return formPage(model, null);
	}

	@PostMapping
	String create(@ModelAttribute(FORM) CategoryForm form, BindingResult result, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			CategoryRules created = editor.create(form.toNewCategory(), principal.getName());
			redirect.addFlashAttribute("saved", created.version());
			return "redirect:/admin/catalog/" + created.code();
		}
		catch (Refusal refused) {
			return refusedForm(refused, result, response, model, null);
		}
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		CategoryRules current = catalog.current(code).orElseThrow(() -> notFound(code));
		model.addAttribute(FORM, CategoryForm.of(current));
		return formPage(model, current);
	}

	@PostMapping("/{code}")
	String save(@PathVariable String code, @ModelAttribute(FORM) CategoryForm form, BindingResult result,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CategoryRules current = catalog.current(code).orElseThrow(() -> notFound(code));
		try {
			CategoryRules saved = editor.edit(code, form.getBaseVersion(), form.toDraft(), principal.getName());
			redirect.addFlashAttribute("saved", saved.version());
			return "redirect:/admin/catalog/" + code;
		}
		catch (Refusal refused) {
			form.setCode(current.code());
			form.setMajorCode(current.majorClass().code());
			return refusedForm(refused, result, response, model, current);
		}
	}

	@PostMapping("/{code}/handling")
	String saveHandling(@PathVariable String code, @RequestParam(defaultValue = "false") boolean emergency,
			@RequestParam(defaultValue = "false") boolean offeredToPublic,
			@RequestParam(defaultValue = "false") boolean afterPhotoRequired,
			@RequestParam(defaultValue = "false") boolean beforePhotoRequired, Principal principal,
			RedirectAttributes redirect) {
		catalog.current(code).orElseThrow(() -> notFound(code));
		catalog.setHandling(code, new CategoryHandling(emergency, offeredToPublic, afterPhotoRequired, beforePhotoRequired),
				principal.getName(), clock.instant());
		redirect.addFlashAttribute("handlingSaved", true);
		return "redirect:/admin/catalog/" + code;
	}

	private String formPage(Model model, @Nullable CategoryRules current) {
		model.addAttribute("current", current);
		model.addAttribute("handling", current == null ? null : catalog.handling(current.code()));
		model.addAttribute("history", current == null ? List.of() : catalog.history(current.code()));
		model.addAttribute("majorClasses", catalog.majorClasses());
		model.addAttribute("departmentList", view.departments());
		model.addAttribute("departments", view.departmentsByCode());
		model.addAttribute("units", LimitUnit.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("zone", zone);
		model.addAttribute("maxAmount", CategoryRulesPolicy.MAX_AMOUNT);
		return "catalog/edit";
	}

	/**
	 * The form again with what was typed, answered with the refusal's status: each bad field marked at its
	 * input, a stale version as the form's own message.
	 */
	private String refusedForm(Refusal refused, BindingResult result, HttpServletResponse response, Model model,
			@Nullable CategoryRules current) {
		if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
			throw refused;
		}
		refusals.bind(refused, result);
		response.setStatus(refused.kind().status());
		return formPage(model, current);
	}

	private static Refusal notFound(String code) {
		return CatalogRefusals.categoryNotFound(code);
	}
}
