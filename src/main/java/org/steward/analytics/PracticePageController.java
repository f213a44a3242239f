package org.steward.analytics;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * Highlight practices (一队一品): a squad leader publishes the own squad's practice (the command
 * centre and administrators for any squad), the brigade marks one for roll-out, a squad records
 * that it adopted one, and each practice's page shows its claimed indicators before and after the
 * start, for the pilot squad and every adopter within the reader's scope.
 */
@Controller
class PracticePageController {

	static final int MAX_PHOTOS = 3;

	static final long MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	private final Practices practices;

	private final Indicators indicators;

	private final Labels labels;

	private final AnalyticsPageController pages;

	private final Clock clock;

	private final org.steward.organization.Organization organization;

	PracticePageController(Practices practices, Indicators indicators, Labels labels, AnalyticsPageController pages,
			Clock clock, org.steward.organization.Organization organization) {
		this.organization = organization;
		this.practices = practices;
		this.indicators = indicators;
		this.labels = labels;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/analytics/practices")
	String list(CurrentUser user, Locale locale, Model model) {
		AnalyticsScope scope = AnalyticsScope.of(user, organization);
		model.addAttribute("practices", practices.all());
		model.addAttribute("squads", labels.of(Dimension.SQUAD, locale));
		model.addAttribute("indicators", Indicator.values());
		model.addAttribute("mayPublish", !(scope instanceof AnalyticsScope.Station));
		model.addAttribute("brigade", scope.isDistrict());
		model.addAttribute("today", pages.today());
		return "analytics/practices";
	}

	@PostMapping("/analytics/practices")
	String publish(CurrentUser user, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description,
			@RequestParam(name = "indicator", required = false) @Nullable List<String> claimed,
			@RequestParam(required = false) @Nullable String startedOn, @RequestParam(required = false) @Nullable String squad,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos) throws IOException {
		AnalyticsScope scope = AnalyticsScope.of(user, organization);
		String squadCode = switch (scope) {
			case AnalyticsScope.Squad s -> s.code();
			case AnalyticsScope.District d -> squad == null || squad.isBlank() ? "" : inScope(d, squad);
			case AnalyticsScope.Station s -> throw AnalyticsRefusals.outsideScope(s.code());
		};
		List<Refusal.FieldError> errors = new ArrayList<>();
		if (title.isBlank() || title.length() > Practices.TITLE_MAX) {
			errors.add(Refusal.FieldError.of("title", "analytics.refused.textLength", Practices.TITLE_MAX));
		}
		if (description.isBlank() || description.length() > Practices.DESCRIPTION_MAX) {
			errors.add(Refusal.FieldError.of("description", "analytics.refused.textLength", Practices.DESCRIPTION_MAX));
		}
		if (squadCode.isBlank() || squadCode.length() > 40 || !labels.of(Dimension.SQUAD, Locale.ROOT).containsKey(squadCode)) {
			errors.add(Refusal.FieldError.of("squad", "analytics.refused.unknownName"));
		}
		List<Indicator> indicatorsClaimed = new ArrayList<>();
		for (String name : claimed == null ? List.<String>of() : claimed) {
			try {
				indicatorsClaimed.add(Indicator.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				errors.add(Refusal.FieldError.of("indicator", "analytics.refused.unknownName"));
			}
		}
		if (indicatorsClaimed.isEmpty()) {
			errors.add(Refusal.FieldError.of("indicator", "analytics.refused.unknownName"));
		}
		LocalDate started = null;
		try {
			started = startedOn == null ? null : LocalDate.parse(startedOn);
		}
		catch (RuntimeException ex) {
			started = null;
		}
		if (started == null) {
			errors.add(Refusal.FieldError.of("startedOn", "analytics.refused.badPeriod", Period.MAX_DAYS));
		}
		List<Practices.Photo> stored = new ArrayList<>();
		for (MultipartFile file : photos == null ? List.<MultipartFile>of() : photos) {
			if (file.isEmpty()) {
				continue;
			}
			byte[] bytes = file.getBytes();
			String type = Practices.Photo.typeOf(bytes);
			if (type == null || bytes.length > MAX_PHOTO_BYTES || stored.size() >= MAX_PHOTOS) {
				errors.add(Refusal.FieldError.of("photos", "analytics.refused.photo"));
				break;
			}
			stored.add(new Practices.Photo(type, bytes));
		}
		Refusal.throwIfAny(errors);
		long id = practices.publish(squadCode, title.strip(), description.strip(), indicatorsClaimed, started, false,
				user.displayName(), clock.instant(), stored);
		return "redirect:/analytics/practices/" + id;
	}

	@PostMapping("/analytics/practices/{id}/roll-out")
	String rollOut(CurrentUser user, @PathVariable long id) {
		AnalyticsScope scope = AnalyticsScope.of(user, organization);
		if (!scope.isDistrict()) {
			throw AnalyticsRefusals.onlyBrigadeRollsOut();
		}
		Practices.Practice practice = practices.find(id).orElseThrow(() -> AnalyticsRefusals.practiceNotFound(id));
		if (!inDistrictOf(user, practice.squadCode())) {
			throw AnalyticsRefusals.onlyBrigadeRollsOut();
		}
		practices.rollOut(id);
		return "redirect:/analytics/practices/" + id;
	}

	@PostMapping("/analytics/practices/{id}/adopt")
	String adopt(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String squad,
			@RequestParam(required = false) @Nullable String adoptedOn) {
		AnalyticsScope scope = AnalyticsScope.of(user, organization);
		Practices.Practice practice = practices.find(id).orElseThrow(() -> AnalyticsRefusals.practiceNotFound(id));
		String squadCode = switch (scope) {
			case AnalyticsScope.Squad s -> s.code();
			case AnalyticsScope.District d -> squad == null ? "" : inScope(d, squad);
			case AnalyticsScope.Station s -> throw AnalyticsRefusals.outsideScope(s.code());
		};
		if (!labels.of(Dimension.SQUAD, Locale.ROOT).containsKey(squadCode) || squadCode.equals(practice.squadCode())) {
			throw AnalyticsRefusals.unknownName("squad");
		}
		LocalDate on;
		try {
			on = adoptedOn == null || adoptedOn.isBlank() ? pages.today() : LocalDate.parse(adoptedOn);
		}
		catch (RuntimeException ex) {
			throw AnalyticsRefusals.badPeriod("adoptedOn");
		}
		practices.adopt(id, squadCode, on);
		return "redirect:/analytics/practices/" + id;
	}

	@GetMapping("/analytics/practices/{id}")
	String show(CurrentUser user, @PathVariable long id, Locale locale, Model model) {
		AnalyticsScope scope = AnalyticsScope.of(user, organization);
		Practices.Practice practice = practices.find(id).orElseThrow(() -> AnalyticsRefusals.practiceNotFound(id));
		Map<String, String> squads = labels.of(Dimension.SQUAD, locale);
		List<Comparison> comparisons = new ArrayList<>();
		comparisons.add(compare(practice.squadCode(), practice.startedOn(), true, practice, scope, squads));
		for (Practices.Adoption a : practice.adoptions()) {
			comparisons.add(compare(a.squadCode(), a.adoptedOn(), false, practice, scope, squads));
		}
		model.addAttribute("practice", practice);
		model.addAttribute("squads", squads);
		model.addAttribute("comparisons", comparisons);
		model.addAttribute("brigade", scope.isDistrict());
		model.addAttribute("mayAdopt", scope instanceof AnalyticsScope.Squad s && !s.code().equals(practice.squadCode())
				|| scope.isDistrict());
		model.addAttribute("today", pages.today());
		model.addAttribute("window", Practices.WINDOW_DAYS);
		return "analytics/practice";
	}

	@GetMapping("/analytics/practices/photos/{photoId}")
	ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable long photoId) {
		AnalyticsScope.of(user, organization);
		Practices.Photo photo = practices.photo(photoId).orElseThrow(() -> AnalyticsRefusals.practiceNotFound(photoId));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
	}

	/** One squad's claimed indicators in the window before and after {@code from}; hidden outside the scope. */
	Comparison compare(String squad, LocalDate from, boolean pilot, Practices.Practice practice, AnalyticsScope scope,
			Map<String, String> squads) {
		boolean visible = scope.coversSquad(squad);
		Period before = new Period(Period.Kind.CUSTOM, from.minusDays(Practices.WINDOW_DAYS), from.minusDays(1));
		LocalDate end = from.plusDays(Practices.WINDOW_DAYS - 1);
		Period after = new Period(Period.Kind.CUSTOM, from, end.isAfter(pages.today()) ? pages.today() : end);
		Map<Indicator, BigDecimal[]> values = new LinkedHashMap<>();
		if (visible) {
			Counters b = indicators.of(before, Dimension.SQUAD, squad, scope);
			Counters a = after.to().isBefore(after.from()) ? Counters.ZERO
					: indicators.of(after, Dimension.SQUAD, squad, scope);
			for (Indicator ind : practice.indicators()) {
				values.put(ind, new BigDecimal[] { ind.percent(b), ind.percent(a) });
			}
		}
		return new Comparison(squad, squads.getOrDefault(squad, squad), pilot, from, visible, values, new Links(before),
				new Links(after));
	}

	record Comparison(String squad, String label, boolean pilot, LocalDate from, boolean visible,
			Map<Indicator, BigDecimal[]> values, Links before, Links after) {
	}

	/** A squad the district's brigade may name: one of its own district's. */
	private static String inScope(AnalyticsScope.District district, String squad) {
		if (!district.coversSquad(squad)) {
			throw AnalyticsRefusals.outsideScope(squad);
		}
		return squad;
	}

	/** The brigade rolls out its own district's practices: the squad has a station in the caller's district. */
	private boolean inDistrictOf(CurrentUser user, String squadCode) {
		return user.scope() instanceof org.steward.identity.DataScope.District(String district)
				&& organization.stations()
					.stream()
					.map(station -> organization.jurisdictionOf(station.code()))
					.flatMap(java.util.Optional::stream)
					.anyMatch(j -> squadCode.equals(j.squadCode()) && district.equals(j.districtCode()));
	}
}
