package org.steward.coordination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.steward.catalog.Urgency;

/**
 * The acknowledgement-limit table as the admin page sends it: one text box per department and
 * urgency, named {@code limit.<DEPARTMENT>.<URGENCY>}. Blank means "the default"; anything else
 * must be a whole number of minutes from 1 to 1440 (a day: beyond that a whistle is no longer a
 * whistle). Every bad box is named, so the administrator fixes them all at once.
 */
final class AcknowledgeLimitForm {

	static final String PREFIX = "limit.";

	/** One bad box: its field name (department.urgency) and a message key of i18n/coordination. */
	record Violation(String department, String urgency, String messageKey) {

		String field() {
			return department + "." + urgency;
		}
	}

	private final Map<String, Map<String, @Nullable Integer>> limits = new LinkedHashMap<>();

	private final Map<String, String> entered = new LinkedHashMap<>();

	private final List<Violation> violations = new java.util.ArrayList<>();

	private AcknowledgeLimitForm() {
	}

	/** Reads the boxes of every department; boxes not sent are left as they are. */
	static AcknowledgeLimitForm read(Map<String, String> params, List<String> departments) {
		AcknowledgeLimitForm form = new AcknowledgeLimitForm();
		for (String department : departments) {
			for (Urgency urgency : Urgency.values()) {
				String name = PREFIX + department + "." + urgency.name();
				if (!params.containsKey(name)) {
					continue;
				}
				String text = params.get(name) == null ? "" : params.get(name).strip();
				form.entered.put(department + "." + urgency.name(), text);
				Map<String, @Nullable Integer> row = form.limits.computeIfAbsent(department, d -> new LinkedHashMap<>());
				if (text.isEmpty()) {
					row.put(urgency.name(), null);
					continue;
				}
				if (!text.matches("[+-]?\\d+")) {
					form.violations.add(new Violation(department, urgency.name(), "coordination.limits.error.notNumber"));
					continue;
				}
				// a whole number, but perhaps one of a hundred digits: out of range, not "not a number"
				long minutes = text.replaceFirst("^[+-]?0*", "").length() > 9 ? Long.MAX_VALUE : Long.parseLong(text);
				if (minutes < 1 || minutes > JointHandling.MAX_ACKNOWLEDGE_MINUTES) {
					form.violations.add(new Violation(department, urgency.name(), "coordination.limits.error.range"));
					continue;
				}
				row.put(urgency.name(), (int) minutes);
			}
		}
		return form;
	}

	Map<String, Map<String, @Nullable Integer>> limits() {
		return limits;
	}

	/** What the administrator typed, by field, to show it again beside its message. */
	Map<String, String> entered() {
		return entered;
	}

	List<Violation> violations() {
		return violations;
	}
}
