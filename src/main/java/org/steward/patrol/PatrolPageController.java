package org.steward.patrol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.catalog.Catalog;
import org.steward.catalog.CategoryRules;
import org.steward.evidence.Photos;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The patrol pages, phone first: the list with "start a patrol", and one patrol's page — its track and
 * findings on the map, and for the officer walking it the position recorder (positions queued in the
 * browser and sent in batches to {@code /patrols/{id}/points}), the finding forms and "end".
 */
@Controller
class PatrolPageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Patrols patrols;

	private final PatrolScope scope;

	private final Catalog catalog;

	private final RefusalTexts refusals;

	private final ZoneId zone;

	PatrolPageController(Patrols patrols, PatrolScope scope, Catalog catalog, RefusalTexts refusals,
			StewardProperties steward) {
		this.patrols = patrols;
		this.scope = scope;
		this.catalog = catalog;
		this.refusals = refusals;
		this.zone = steward.zone();
	}

	@GetMapping("/patrols")
	String list(CurrentUser user, Model model) {
		model.addAttribute("patrols", patrols.recent(user, 50));
		model.addAttribute("active", patrols.active(user).orElse(null));
		model.addAttribute("mayPatrol", mayPatrol(user));
		model.addAttribute("zone", zone);
		return "patrol/list";
	}

	@PostMapping("/patrols")
	String start(@RequestParam(required = false) @Nullable String companions, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		try {
			return "redirect:/patrols/" + patrols.start(user, companions).id();
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.CONFLICT) {
				return "redirect:/patrols/" + patrols.active(user).orElseThrow().id();
			}
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refusals.message(refused, locale));
			return "redirect:/patrols";
		}
	}

	@GetMapping("/patrols/{id}")
	String patrol(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
		Patrol.Detail detail = patrols.detail(id, user);
		Patrol patrol = detail.patrol();
		boolean walking = patrol.active() && patrol.username().equals(user.username());
		model.addAttribute("detail", detail);
		model.addAttribute("patrol", patrol);
		model.addAttribute("walking", walking);
		model.addAttribute("station", scope.station(patrol.stationCode()).map(s -> name(s.nameZh(), s.nameEn(), locale))
			.orElse(patrol.stationCode()));
		model.addAttribute("zone", zone);
		model.addAttribute("categories", categories(locale));
		model.addAttribute("mapData", mapData(detail, locale));
		model.addAttribute("formKey", UUID.randomUUID().toString());
		model.addAttribute("categoryNames", categoryNames(locale));
		return "patrol/patrol";
	}

	@PostMapping("/patrols/{id}/findings")
	String finding(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lng,
			@RequestParam(required = false) @Nullable String categoryCode,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable String clientKey,
			@RequestParam(required = false) @Nullable MultipartFile before,
			@RequestParam(required = false) @Nullable MultipartFile after, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		Patrol.FindingKind findingKind;
		try {
			findingKind = Patrol.FindingKind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			patrols.detail(id, user); // an outsider is refused the patrol before being told what was wrong
			throw Refusal.invalid("kind", "patrol.refused.finding.kind", kind);
		}
		try {
			patrols.recordFinding(id, user, new Patrols.FindingInput(findingKind, lat, lng, categoryCode, description,
					address, clientKey), upload(before), upload(after));
			redirect.addFlashAttribute("saved", findingKind.name());
		}
		catch (Refusal refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			List<String> errors = new ArrayList<>();
			refused.fields().forEach(f -> errors.add(refusals.text(f, locale)));
			redirect.addFlashAttribute("findingErrors", errors);
			redirect.addFlashAttribute("failedKind", findingKind.name());
		}
		return "redirect:/patrols/" + id + "#findings";
	}

	@PostMapping("/patrols/{id}/end")
	String end(@PathVariable long id, CurrentUser user) {
		patrols.end(id, user);
		return "redirect:/patrols/" + id;
	}

	@GetMapping("/patrols/{id}/photos/{sha256}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable String sha256, CurrentUser user) {
		Path file = patrols.photo(id, sha256, user).orElseThrow(() -> PatrolRefusals.notFound(id));
		byte[] head;
		try (var in = java.nio.file.Files.newInputStream(file)) {
			head = in.readNBytes(64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = Photos.typeOf(head).orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file));
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

	private boolean mayPatrol(CurrentUser user) {
		try {
			scope.patrolStation(user);
			return true;
		}
		catch (Refusal notAnOfficer) {
			return false;
		}
	}

	private Map<String, String> categories(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (CategoryRules rules : catalog.allCurrent()) {
			if (rules.active()) {
				options.put(rules.code(), rules.code() + " " + rules.name(locale));
			}
		}
		return options;
	}

	private Map<String, String> categoryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		catalog.allCurrent().forEach(r -> names.put(r.code(), r.name(locale)));
		return names;
	}

	/** What the map draws: the track, the grids passed and the findings, as JSON for the page's script. */
	private String mapData(Patrol.Detail detail, Locale locale) {
		ObjectNode data = JSON.createObjectNode();
		ArrayNode track = data.putArray("track");
		detail.track().forEach(p -> track.addArray().add(p[0]).add(p[1]));
		ArrayNode grids = data.putArray("grids");
		detail.grids().forEach(g -> grids.add(g.gridCode()));
		ArrayNode findings = data.putArray("findings");
		Map<String, String> names = categoryNames(locale);
		for (Patrol.Finding f : detail.findings()) {
			ObjectNode node = findings.addObject();
			node.put("id", f.id());
			node.put("kind", f.kind().name());
			node.put("lat", f.lat());
			node.put("lng", f.lng());
			node.put("category", f.categoryCode() == null ? "" : names.getOrDefault(f.categoryCode(), f.categoryCode()));
			node.put("caseNumber", f.caseNumber());
		}
		return JSON.writeValueAsString(data);
	}

	private static String name(String zh, String en, Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : zh;
	}
}
