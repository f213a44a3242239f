package org.steward.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steward.organization.Departments;
import org.steward.refusal.Refusal;
import org.steward.worktime.LimitUnit;

class CategoryRulesPolicyTests {

	private static final Set<String> KNOWN = Set.of("URBAN_MANAGEMENT", "PUBLIC_SECURITY", "ECOLOGY_ENVIRONMENT",
			"FIRE_RESCUE");

	private final CategoryRulesPolicy policy = new CategoryRulesPolicy(new Departments() {
		@Override
		public List<Department> all() {
			return KNOWN.stream().map(code -> new Department(code, code, code)).toList();
		}

		@Override
		public Optional<Department> byCode(String code) {
			return KNOWN.contains(code) ? Optional.of(new Department(code, code, code)) : Optional.empty();
		}

		@Override
		public List<Liaison> liaisons(String departmentCode) {
			return List.of();
		}
	});

	@Test
	void acceptsAValidDraft() {
		RulesContent content = policy.accept(draft("URBAN_MANAGEMENT", List.of("PUBLIC_SECURITY", "ECOLOGY_ENVIRONMENT"), 30));
		assertThat(content.responsibility().coDepartments()).containsExactly("PUBLIC_SECURITY", "ECOLOGY_ENVIRONMENT");
		assertThat(content.timeLimits()).containsOnlyKeys(Urgency.values());
	}

	@Test
	void rejectsAnUnknownLeadDepartment() {
		assertThat(policy.check(draft("WATER_BUREAU", List.of(), 30)))
			.containsExactly(Refusal.FieldError.of("leadDepartment", "catalog.refused.unknownDepartment", "WATER_BUREAU"));
	}

	@Test
	void rejectsAnUnknownCoDepartment() {
		assertThat(policy.check(draft("URBAN_MANAGEMENT", List.of("PUBLIC_SECURITY", "NOBODY"), 30)))
			.containsExactly(Refusal.FieldError.of("coDepartments", "catalog.refused.unknownDepartment", "NOBODY"));
	}

	@Test
	void rejectsACoDepartmentListedTwice() {
		assertThat(policy.check(draft("URBAN_MANAGEMENT", List.of("PUBLIC_SECURITY", "PUBLIC_SECURITY"), 30)))
			.containsExactly(Refusal.FieldError.of("coDepartments", "catalog.refused.duplicateDepartment", "PUBLIC_SECURITY"));
	}

	@Test
	void rejectsTheLeadAmongTheCoDepartments() {
		assertThat(policy.check(draft("FIRE_RESCUE", List.of("URBAN_MANAGEMENT", "FIRE_RESCUE"), 30)))
			.containsExactly(Refusal.FieldError.of("coDepartments", "catalog.refused.leadInCo", "FIRE_RESCUE"));
	}

	@Test
	void rejectsAmountsThatAreNotPositive() {
		assertThat(policy.check(draft("URBAN_MANAGEMENT", List.of(), 0))).extracting(Refusal.FieldError::field)
			.containsExactly("limits[0].acknowledgeAmount", "limits[1].acknowledgeAmount", "limits[2].acknowledgeAmount");
		assertThat(policy.check(draft("URBAN_MANAGEMENT", List.of(), -5))).extracting(Refusal.FieldError::code)
			.containsOnly("catalog.refused.amountRange");
	}

	@Test
	void reportsEveryProblemAtOnceAndSavesNothingThroughAccept() {
		RulesDraft bad = new RulesDraft(" ", null, null, true, "FIRE_RESCUE", List.of("FIRE_RESCUE"),
				Map.of(Urgency.NORMAL, new RulesDraft.LimitsDraft(null, null, 4, LimitUnit.WORKING_HOURS)));
		assertThat(policy.check(bad)).extracting(Refusal.FieldError::field)
			.contains("nameZh", "nameEn", "coDepartments", "limits[0].acknowledgeAmount", "limits[0].acknowledgeUnit",
					"limits[1].handleAmount", "limits[2].handleUnit");
		assertThatThrownBy(() -> policy.accept(bad)).isInstanceOf(Refusal.class);
	}

	@Test
	void rejectsANewCodeThatIsNotFourDigits() {
		assertThat(newCategoryViolations("01A1", "01")).containsExactly(Refusal.FieldError.of("code", "catalog.refused.codeFormat", "01A1"));
	}

	@Test
	void rejectsANewCodeOutsideItsMajorClass() {
		assertThat(newCategoryViolations("0299", "01"))
			.containsExactly(Refusal.FieldError.of("code", "catalog.refused.codeMajorMismatch", "01"));
	}

	@Test
	void rejectsATakenCode() {
		assertThat(newCategoryViolations("0101", "01")).containsExactly(Refusal.FieldError.of("code", "catalog.refused.codeTaken", "0101"));
	}

	@Test
	void rejectsAnUnknownMajorClass() {
		assertThat(newCategoryViolations("9901", "99")).extracting(Refusal.FieldError::field).containsExactly("majorCode");
	}

	private List<Refusal.FieldError> newCategoryViolations(String code, String major) {
		return policy.check(new NewCategoryDraft(code, major, draft("URBAN_MANAGEMENT", List.of(), 30)),
				m -> Set.of("01", "02").contains(m), c -> c.equals("0101"));
	}

	private static RulesDraft draft(String lead, List<String> co, int ackMinutes) {
		Map<Urgency, RulesDraft.LimitsDraft> limits = new EnumMap<>(Urgency.class);
		for (Urgency urgency : Urgency.values()) {
			limits.put(urgency, new RulesDraft.LimitsDraft(ackMinutes, LimitUnit.NATURAL_MINUTES, 4, LimitUnit.WORKING_HOURS));
		}
		return new RulesDraft("测试", "Test", "", true, lead, co, limits);
	}
}
