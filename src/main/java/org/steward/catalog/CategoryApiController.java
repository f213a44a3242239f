package org.steward.catalog;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.refusal.Refusal;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalogue over HTTP. Reading is public (what a resident may report and who answers for
 * it); writing is for administrators and, like the admin pages, only ever adds versions.
 */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories", description = "Problem categories, responsibility matrix and time limits")
class CategoryApiController {

	private static final Pattern LIMIT_FIELD = Pattern.compile("limits\\[(\\d)]\\.(acknowledge|handle)(Amount|Unit)");

	private final Catalog catalog;

	private final CatalogEditor editor;

	CategoryApiController(Catalog catalog, CatalogEditor editor) {
		this.catalog = catalog;
		this.editor = editor;
	}

	@GetMapping
	@Operation(summary = "Current rules of every category; inactive ones only with includeInactive=true")
	List<CategoryJson> all(@RequestParam(defaultValue = "false") boolean includeInactive) {
		return catalog.allCurrent()
			.stream()
			.filter(rules -> includeInactive || rules.active())
			.map(CategoryJson::of)
			.toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "Current rules of one category")
	CategoryJson one(@PathVariable String code) {
		return catalog.current(code).map(CategoryJson::of).orElseThrow(() -> CatalogRefusals.categoryNotFound(code));
	}

	@GetMapping("/versions/{versionId}")
	@Operation(summary = "One version of a category's rules, current or superseded, by the id a case stores")
	CategoryJson version(@PathVariable long versionId) {
		return catalog.version(new CategoryRulesId(versionId))
			.map(CategoryJson::of)
			.orElseThrow(() -> CatalogRefusals.versionNotFound(versionId));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Save new rules for a category as its next version (administrators)")
	CategoryJson edit(@PathVariable String code, @RequestBody CategoryRequest request, Principal principal) {
		int baseVersion = request.baseVersion() == null ? -1 : request.baseVersion();
		try {
			return CategoryJson.of(editor.edit(code, baseVersion, request.toDraft(), principal.getName()));
		}
		catch (Refusal refused) {
			throw inApiFields(refused);
		}
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a category under an existing major class (administrators)")
	ResponseEntity<CategoryJson> create(@RequestBody CategoryRequest request, Principal principal) {
		CategoryRules created;
		try {
			created = editor.create(new NewCategoryDraft(request.code(), request.majorCode(), request.toDraft()),
					principal.getName());
		}
		catch (Refusal refused) {
			throw inApiFields(refused);
		}
		return ResponseEntity.created(URI.create("/api/v1/categories/" + created.code())).body(CategoryJson.of(created));
	}

	/** The policy names bad fields as the admin form does; the API names them as its JSON does. */
	private static Refusal inApiFields(Refusal refused) {
		if (refused.kind() != Refusal.Kind.INVALID) {
			return refused;
		}
		Refusal renamed = Refusal.invalid(refused.fields()
			.stream()
			.map(f -> new Refusal.FieldError(apiField(f.field()), f.code(), f.arguments()))
			.toList());
		for (var property : refused.properties().entrySet()) {
			renamed = renamed.with(property.getKey(), property.getValue());
		}
		return renamed;
	}

	/** {@code limits[0].handleAmount} (rows in {@link Urgency} order) is {@code timeLimits.NORMAL.handle.amount}. */
	static String apiField(String formField) {
		Matcher limit = LIMIT_FIELD.matcher(formField);
		if (limit.matches()) {
			Urgency urgency = Urgency.values()[Integer.parseInt(limit.group(1))];
			return "timeLimits." + urgency + "." + limit.group(2) + "." + limit.group(3).toLowerCase(Locale.ROOT);
		}
		return formField;
	}

	/**
	 * A category's rules as a client sends them; the same shape as {@link CategoryJson}.
	 * {@code code} and {@code majorCode} are read only when creating, {@code baseVersion} (the
	 * version the client edited) only when saving a new version.
	 */
	record CategoryRequest(@Nullable String code, @Nullable String majorCode, @Nullable Integer baseVersion,
			@Nullable String nameZh, @Nullable String nameEn, @Nullable String description, @Nullable Boolean active,
			@Nullable String leadDepartment, @Nullable List<String> coDepartments,
			@Nullable Map<Urgency, LimitsRequest> timeLimits) {

		RulesDraft toDraft() {
			Map<Urgency, RulesDraft.LimitsDraft> limits = new EnumMap<>(Urgency.class);
			if (timeLimits != null) {
				timeLimits.forEach((urgency, l) -> limits.put(urgency,
						new RulesDraft.LimitsDraft(l.acknowledge() == null ? null : l.acknowledge().amount(),
								l.acknowledge() == null ? null : l.acknowledge().unit(),
								l.handle() == null ? null : l.handle().amount(), l.handle() == null ? null : l.handle().unit())));
			}
			return new RulesDraft(nameZh, nameEn, description, active == null || active, leadDepartment,
					coDepartments == null ? List.of() : coDepartments, limits);
		}
	}

	record LimitsRequest(@Nullable LimitRequest acknowledge, @Nullable LimitRequest handle) {
	}

	record LimitRequest(@Nullable Integer amount, @Nullable LimitUnit unit) {
	}

	record CategoryJson(String code, String nameZh, String nameEn, String description, CategoryKind kind,
			boolean active, MajorClassJson majorClass, String leadDepartment, List<String> coDepartments,
			Map<Urgency, LimitsJson> timeLimits, int version, long versionId, Instant validFrom) {

		static CategoryJson of(CategoryRules rules) {
			Map<Urgency, LimitsJson> limits = new EnumMap<>(Urgency.class);
			rules.timeLimits().forEach((urgency, l) -> limits.put(urgency,
					new LimitsJson(LimitJson.of(l.acknowledge()), LimitJson.of(l.handle()))));
			MajorClass major = rules.majorClass();
			return new CategoryJson(rules.code(), rules.nameZh(), rules.nameEn(), rules.description(), rules.kind(),
					rules.active(), new MajorClassJson(major.code(), major.nameZh(), major.nameEn()),
					rules.responsibility().leadDepartment(), rules.responsibility().coDepartments(), limits,
					rules.version(), rules.id().value(), rules.validFrom());
		}
	}

	record MajorClassJson(String code, String nameZh, String nameEn) {
	}

	record LimitsJson(LimitJson acknowledge, LimitJson handle) {
	}

	record LimitJson(int amount, String unit) {

		static LimitJson of(TimeLimit limit) {
			return new LimitJson(limit.amount(), limit.unit().name());
		}
	}
}
