package org.steward.catalog;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.worktime.TimeLimit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public read access to the catalogue: what a resident may report and who answers for it. */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories", description = "Problem categories, responsibility matrix and time limits")
class CategoryApiController {

	private final Catalog catalog;

	CategoryApiController(Catalog catalog) {
		this.catalog = catalog;
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
		return catalog.current(code).map(CategoryJson::of).orElseThrow(() -> CategoryNotFound.forCode(code));
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
