package org.steward.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.organization.Departments;
import org.steward.refusal.Refusal;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

/**
 * What makes a category's rules acceptable: both names, a lead department that exists, co-
 * departments that exist, appear once and do not repeat the lead, and a positive limit with a
 * unit for acknowledging and handling at every urgency. It reports every problem at once so the
 * edit form can mark all bad fields together.
 *
 * <p>Field names are those of the edit form; time limits are listed in {@link Urgency} order
 * ({@code limits[0]} is NORMAL).
 */
@Component
class CategoryRulesPolicy {

	static final int MAX_AMOUNT = 9999;

	private static final Pattern MINOR_CODE = Pattern.compile("\\d{4}");

	private final Departments departments;

	CategoryRulesPolicy(Departments departments) {
		this.departments = departments;
	}

	/** The violations of a draft; empty when {@link #accept} will succeed. */
	List<Refusal.FieldError> check(RulesDraft draft) {
		List<Refusal.FieldError> violations = new ArrayList<>();
		requireText(violations, "nameZh", draft.nameZh(), 100);
		requireText(violations, "nameEn", draft.nameEn(), 200);
		if (draft.description() != null && draft.description().length() > 1000) {
			violations.add(CatalogRefusals.tooLong("description", 1000));
		}
		checkDepartments(violations, draft.leadDepartment(), draft.coDepartments());
		for (Urgency urgency : Urgency.values()) {
			RulesDraft.LimitsDraft limits = draft.limits().get(urgency);
			String prefix = "limits[" + urgency.ordinal() + "].";
			checkLimit(violations, prefix + "acknowledgeAmount", prefix + "acknowledgeUnit",
					limits == null ? null : limits.acknowledgeAmount(), limits == null ? null : limits.acknowledgeUnit());
			checkLimit(violations, prefix + "handleAmount", prefix + "handleUnit",
					limits == null ? null : limits.handleAmount(), limits == null ? null : limits.handleUnit());
		}
		return violations;
	}

	/**
	 * The violations of a new category: those of its rules, plus a 4-digit code that starts with
	 * an existing major class and is not taken.
	 */
	List<Refusal.FieldError> check(NewCategoryDraft draft, Predicate<String> majorClassExists,
			Predicate<String> codeTaken) {
		List<Refusal.FieldError> violations = new ArrayList<>();
		String code = draft.code() == null ? "" : draft.code().strip();
		String major = draft.majorCode() == null ? "" : draft.majorCode().strip();
		boolean majorKnown = !major.isEmpty() && majorClassExists.test(major);
		if (!majorKnown) {
			violations.add(CatalogRefusals.unknownMajor(major));
		}
		if (!MINOR_CODE.matcher(code).matches()) {
			violations.add(CatalogRefusals.codeFormat(code));
		}
		else if (majorKnown && !code.startsWith(major)) {
			violations.add(CatalogRefusals.codeMajorMismatch(major));
		}
		else if (codeTaken.test(code)) {
			violations.add(CatalogRefusals.codeTakenField(code));
		}
		violations.addAll(check(draft.rules()));
		return violations;
	}

	/** The checked content of a draft, or the invalid refusal listing everything wrong with it. */
	RulesContent accept(RulesDraft draft) {
		Refusal.throwIfAny(check(draft));
		return toContent(draft);
	}

	private static RulesContent toContent(RulesDraft draft) {
		Map<Urgency, ResponseLimits> limits = new EnumMap<>(Urgency.class);
		draft.limits().forEach((urgency, l) -> limits.put(urgency,
				new ResponseLimits(TimeLimit.of(l.acknowledgeAmount(), l.acknowledgeUnit()),
						TimeLimit.of(l.handleAmount(), l.handleUnit()))));
		String description = draft.description() == null ? "" : draft.description().strip();
		return new RulesContent(draft.nameZh().strip(), draft.nameEn().strip(), description, draft.active(),
				new Responsibility(draft.leadDepartment(), draft.coDepartments()), limits);
	}

	private void checkDepartments(List<Refusal.FieldError> violations, @Nullable String lead, List<String> coDepartments) {
		if (lead == null || lead.isBlank()) {
			violations.add(CatalogRefusals.required("leadDepartment"));
		}
		else if (!departments.exists(lead)) {
			violations.add(CatalogRefusals.unknownDepartment("leadDepartment", lead));
		}
		Set<String> seen = new HashSet<>();
		for (String co : coDepartments) {
			if (!departments.exists(co)) {
				violations.add(CatalogRefusals.unknownDepartment("coDepartments", co));
			}
			else if (co.equals(lead)) {
				violations.add(CatalogRefusals.leadInCo(co));
			}
			else if (!seen.add(co)) {
				violations.add(CatalogRefusals.duplicateDepartment(co));
			}
		}
	}

	private static void checkLimit(List<Refusal.FieldError> violations, String amountField, String unitField,
			@Nullable Integer amount, @Nullable LimitUnit unit) {
		if (amount == null) {
			violations.add(CatalogRefusals.required(amountField));
		}
		else if (amount <= 0 || amount > MAX_AMOUNT) {
			violations.add(CatalogRefusals.amountOutOfRange(amountField, amount));
		}
		if (unit == null) {
			violations.add(CatalogRefusals.required(unitField));
		}
	}

	private static void requireText(List<Refusal.FieldError> violations, String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			violations.add(CatalogRefusals.required(field));
		}
		else if (value.strip().length() > maxLength) {
			violations.add(CatalogRefusals.tooLong(field, maxLength));
		}
	}
}
