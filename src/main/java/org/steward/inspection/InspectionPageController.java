package org.steward.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.catalog.Catalog;
import org.steward.evidence.Photos;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * Inspection pages: the points in scope with their latest score, a point's round form (pass or fail per
 * item, a note and a photo; items that failed last time marked for re-check) and score trend, a round's
 * result with its rectification cases, the community trend, and the administrator's checklist editor.
 */
@Controller
class InspectionPageController {

	private final Inspections inspections;

	private final Catalog catalog;

	private final RefusalTexts refusals;

	private final ZoneId zone;

	InspectionPageController(Inspections inspections, Catalog catalog, RefusalTexts refusals,
			StewardProperties steward) {
		this.inspections = inspections;
		this.catalog = catalog;
		this.refusals = refusals;
		this.zone = steward.zone();
	}

	@GetMapping("/inspections")
	String points(CurrentUser user, Model model) {
		List<Inspections.Point> points = inspections.points(user);
		Map<Long, Inspections.Round> latest = new HashMap<>();
		for (Inspections.Point p : points) {
			List<Inspections.Round> rounds = inspections.rounds(p.id(), user);
			if (!rounds.isEmpty()) {
				latest.put(p.id(), rounds.get(0));
			}
		}
		model.addAttribute("points", points);
		model.addAttribute("latest", latest);
		model.addAttribute("templates", inspections.templates());
		model.addAttribute("trends", inspections.communityTrends(user, zone));
		model.addAttribute("zone", zone);
		return "inspection/points";
	}

	@PostMapping("/inspections/points")
	String addPoint(@RequestParam(required = false) @Nullable String name, @RequestParam long templateId,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lng,
			CurrentUser user, RedirectAttributes redirect, Locale locale) {
		try {
			return "redirect:/inspections/points/" + inspections.addPoint(user, name, templateId, lat, lng).id();
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("error", fieldTexts(refused, locale));
			return "redirect:/inspections";
		}
	}

	@GetMapping("/inspections/points/{id}")
	String point(@PathVariable long id, CurrentUser user, Model model) {
		Inspections.Point point = inspections.point(id, user);
		model.addAttribute("point", point);
		model.addAttribute("template", inspections.template(point.templateId()));
		model.addAttribute("rounds", inspections.rounds(id, user));
		model.addAttribute("recheck", inspections.toRecheck(id, user));
		model.addAttribute("formKey", UUID.randomUUID().toString());
		model.addAttribute("zone", zone);
		return "inspection/point";
	}

	/** The round form: {@code result.<itemId>} = PASS or FAIL, {@code note.<itemId>}, {@code photo.<itemId>}. */
	@PostMapping("/inspections/points/{id}/rounds")
	String recordRound(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			// a map, not MultipartHttpServletRequest: a form sent without photos (not multipart) is still a form
			@RequestParam MultiValueMap<String, MultipartFile> photos, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		Inspections.Point point = inspections.point(id, user);
		List<Inspections.ObservationInput> inputs = new ArrayList<>();
		for (Inspections.Item item : inspections.template(point.templateId()).items()) {
			String result = form.getFirst("result." + item.id());
			Boolean passed = "PASS".equals(result) ? Boolean.TRUE : "FAIL".equals(result) ? Boolean.FALSE : null;
			inputs.add(new Inspections.ObservationInput(item.id(), passed, form.getFirst("note." + item.id()),
					upload(photos.getFirst("photo." + item.id()))));
		}
		try {
			Inspections.Round round = inspections.recordRound(id, user, inputs, form.getFirst("clientKey"));
			return "redirect:/inspections/rounds/" + round.id();
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("error", fieldTexts(refused, locale));
			return "redirect:/inspections/points/" + id;
		}
	}

	@GetMapping("/inspections/rounds/{id}")
	String round(@PathVariable long id, CurrentUser user, Model model) {
		Inspections.Round round = inspections.round(id, user);
		Inspections.Point point = inspections.point(round.pointId(), user);
		Map<Long, Inspections.Item> items = new LinkedHashMap<>();
		inspections.template(round.templateId()).items().forEach(i -> items.put(i.id(), i));
		model.addAttribute("round", round);
		model.addAttribute("point", point);
		model.addAttribute("items", items);
		model.addAttribute("observations", inspections.observations(id));
		model.addAttribute("zone", zone);
		return "inspection/round";
	}

	// ------------------------------------------------------------------ checklists

	@GetMapping("/admin/inspection/checklists")
	String checklists(Model model, Locale locale) {
		model.addAttribute("templates", inspections.templates());
		Map<String, String> categories = new LinkedHashMap<>();
		catalog.allCurrent().forEach(r -> categories.put(r.code(), r.code() + " " + r.name(locale)));
		model.addAttribute("categories", categories);
		return "inspection/checklists";
	}

	@PostMapping("/admin/inspection/checklists/{templateId}/items")
	String addItem(@PathVariable long templateId, @RequestParam(required = false) @Nullable String textZh,
			@RequestParam(required = false) @Nullable String textEn,
			@RequestParam(required = false) @Nullable String categoryCode, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			inspections.addItem(templateId, textZh, textEn, categoryCode, user);
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("error", fieldTexts(refused, locale));
		}
		return "redirect:/admin/inspection/checklists";
	}

	@PostMapping("/admin/inspection/checklists/items/{itemId}")
	String editItem(@PathVariable long itemId, @RequestParam(required = false) @Nullable String textZh,
			@RequestParam(required = false) @Nullable String textEn,
			@RequestParam(required = false) @Nullable String categoryCode,
			@RequestParam(defaultValue = "false") boolean active, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			inspections.editItem(itemId, textZh, textEn, categoryCode, active, user);
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("error", fieldTexts(refused, locale));
		}
		return "redirect:/admin/inspection/checklists";
	}

	private List<String> fieldTexts(Refusal refused, Locale locale) {
		List<String> texts = new ArrayList<>();
		refused.fields().forEach(f -> texts.add(refusals.text(f, locale)));
		if (texts.isEmpty()) {
			texts.add(refusals.message(refused, locale));
		}
		return texts;
	}

	private static List<Photos.Upload> upload(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return List.of();
		}
		try {
			return List.of(new Photos.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
