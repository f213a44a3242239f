package org.steward.enforcement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.steward.refusal.Refusal;

/**
 * What a measure must carry to be recorded, apart from who and whom: a penalty case is handled
 * and a correction order by at least two officers (行政处罚法第四十二条), a correction order names a deadline in the
 * future, a mediation records the agreement and who signed it, and a step other than the
 * suggested one gives the reason, which is kept.
 */
final class MeasureRules {

	private MeasureRules() {
	}

	/**
	 * @param type the parsed type, or null when it was not understood (then nothing type-specific is checked)
	 * @param officers the officers named, once each, all of them enforcement officers
	 * @param suggestion the ladder's suggestion, or null when it cannot be made (no known party)
	 */
	static List<Refusal.FieldError> problems(@Nullable MeasureType type, MeasureRequest request, List<String> officers,
			LadderPolicy.@Nullable Suggestion suggestion, Instant now) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		if (type == null) {
			return problems;
		}
		if (type == MeasureType.PENALTY_CASE && officers.size() == 1) {
			problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.twoForPenalty"));
		}
		if (type == MeasureType.RECTIFICATION_ORDER && officers.size() == 1) {
			problems.add(Refusal.FieldError.of("officers", "enforcement.refused.officers.twoForOrder"));
		}
		if (type == MeasureType.RECTIFICATION_ORDER) {
			if (request.deadline() == null) {
				problems.add(Refusal.FieldError.of("deadline", "enforcement.refused.deadline.required"));
			}
			else if (!request.deadline().isAfter(now)) {
				problems.add(Refusal.FieldError.of("deadline", "enforcement.refused.deadline.past"));
			}
		}
		if (type == MeasureType.MEDIATION) {
			if (Text.blank(request.agreement())) {
				problems.add(Refusal.FieldError.of("agreement", "enforcement.refused.agreement.required"));
			}
			if (Text.blank(request.signedBy())) {
				problems.add(Refusal.FieldError.of("signedBy", "enforcement.refused.signedBy.required"));
			}
		}
		if (suggestion != null && !suggestion.followedBy(type) && Text.blank(request.reason())) {
			problems.add(Refusal.FieldError.of("reason", "enforcement.refused.reason.required",
					typeName(suggestion.type()), typeName(type)));
		}
		return problems;
	}

	/** A measure type's name as a message argument the pages resolve in the reader's language. */
	static DefaultMessageSourceResolvable typeName(MeasureType type) {
		return new DefaultMessageSourceResolvable(new String[] { "enforcement.measureType." + type.name() }, type.name());
	}
}
