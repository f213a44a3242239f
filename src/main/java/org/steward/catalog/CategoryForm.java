package org.steward.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.steward.worktime.LimitUnit;
import org.steward.worktime.TimeLimit;

/**
 * The edit and create form of the admin pages. Amounts and units are bound as text so that
 * anything typed reaches {@link CategoryRulesPolicy}, which explains every problem in the
 * administrator's language instead of a conversion error.
 */
class CategoryForm {

	private String code = "";

	private String majorCode = "";

	private int baseVersion;

	private String nameZh = "";

	private String nameEn = "";

	private String description = "";

	private boolean active = true;

	private String leadDepartment = "";

	private List<String> coDepartments = new ArrayList<>();

	/** One row per {@link Urgency}, in its order. */
	private List<LimitRow> limits = new ArrayList<>();

	CategoryForm() {
		for (Urgency urgency : Urgency.values()) {
			limits.add(new LimitRow(urgency));
		}
	}

	/** A blank form with the usual acknowledgement limits (30/15/10 minutes) filled in. */
	static CategoryForm blank() {
		CategoryForm form = new CategoryForm();
		int[] minutes = { 30, 15, 10 };
		for (Urgency urgency : Urgency.values()) {
			LimitRow row = form.limits.get(urgency.ordinal());
			row.setAcknowledgeAmount(String.valueOf(minutes[urgency.ordinal()]));
			row.setAcknowledgeUnit(LimitUnit.NATURAL_MINUTES.name());
			row.setHandleUnit(LimitUnit.WORKING_HOURS.name());
		}
		return form;
	}

	static CategoryForm of(CategoryRules rules) {
		CategoryForm form = new CategoryForm();
		form.code = rules.code();
		form.majorCode = rules.majorClass().code();
		form.baseVersion = rules.version();
		form.nameZh = rules.nameZh();
		form.nameEn = rules.nameEn();
		form.description = rules.description();
		form.active = rules.active();
		form.leadDepartment = rules.responsibility().leadDepartment();
		form.coDepartments = new ArrayList<>(rules.responsibility().coDepartments());
		for (Urgency urgency : Urgency.values()) {
			LimitRow row = form.limits.get(urgency.ordinal());
			row.fill(rules.acknowledgeWithin(urgency), rules.handleWithin(urgency));
		}
		return form;
	}

	RulesDraft toDraft() {
		Map<Urgency, RulesDraft.LimitsDraft> drafts = new EnumMap<>(Urgency.class);
		for (Urgency urgency : Urgency.values()) {
			if (urgency.ordinal() < limits.size()) {
				LimitRow row = limits.get(urgency.ordinal());
				drafts.put(urgency, new RulesDraft.LimitsDraft(amount(row.acknowledgeAmount), unit(row.acknowledgeUnit),
						amount(row.handleAmount), unit(row.handleUnit)));
			}
		}
		return new RulesDraft(nameZh, nameEn, description, active, leadDepartment,
				coDepartments == null ? List.of() : List.copyOf(coDepartments), drafts);
	}

	NewCategoryDraft toNewCategory() {
		return new NewCategoryDraft(code, majorCode, toDraft());
	}

	/** Text that is not a whole number becomes 0, which the policy rejects as out of range. */
	private static @Nullable Integer amount(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notAWholeNumber) {
			return 0;
		}
	}

	private static @Nullable LimitUnit unit(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LimitUnit.valueOf(text.strip());
		}
		catch (IllegalArgumentException unknownUnit) {
			return null;
		}
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getMajorCode() {
		return majorCode;
	}

	public void setMajorCode(String majorCode) {
		this.majorCode = majorCode;
	}

	public int getBaseVersion() {
		return baseVersion;
	}

	public void setBaseVersion(int baseVersion) {
		this.baseVersion = baseVersion;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public String getLeadDepartment() {
		return leadDepartment;
	}

	public void setLeadDepartment(String leadDepartment) {
		this.leadDepartment = leadDepartment;
	}

	public List<String> getCoDepartments() {
		return coDepartments;
	}

	public void setCoDepartments(List<String> coDepartments) {
		this.coDepartments = coDepartments;
	}

	public List<LimitRow> getLimits() {
		return limits;
	}

	public void setLimits(List<LimitRow> limits) {
		this.limits = limits;
	}

	/** The limits typed for one urgency. */
	public static class LimitRow {

		private String urgency = "";

		private String acknowledgeAmount = "";

		private String acknowledgeUnit = "";

		private String handleAmount = "";

		private String handleUnit = "";

		public LimitRow() {
		}

		LimitRow(Urgency urgency) {
			this.urgency = urgency.name();
		}

		void fill(TimeLimit acknowledge, TimeLimit handle) {
			acknowledgeAmount = String.valueOf(acknowledge.amount());
			acknowledgeUnit = acknowledge.unit().name();
			handleAmount = String.valueOf(handle.amount());
			handleUnit = handle.unit().name();
		}

		public String getUrgency() {
			return urgency;
		}

		public void setUrgency(String urgency) {
			this.urgency = urgency;
		}

		public String getAcknowledgeAmount() {
			return acknowledgeAmount;
		}

		public void setAcknowledgeAmount(String acknowledgeAmount) {
			this.acknowledgeAmount = acknowledgeAmount;
		}

		public String getAcknowledgeUnit() {
			return acknowledgeUnit;
		}

		public void setAcknowledgeUnit(String acknowledgeUnit) {
			this.acknowledgeUnit = acknowledgeUnit;
		}

		public String getHandleAmount() {
			return handleAmount;
		}

		public void setHandleAmount(String handleAmount) {
			this.handleAmount = handleAmount;
		}

		public String getHandleUnit() {
			return handleUnit;
		}

		public void setHandleUnit(String handleUnit) {
			this.handleUnit = handleUnit;
		}
	}
}
