package org.steward.enforcement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The lightest effective step (三先, Administrative Penalty Law art. 33): a first minor violation
 * of a category on the exemption list (首违不罚) is educated and ordered corrected, not
 * punished; a repeat within twelve months goes one rung up from the heaviest step taken before;
 * a refused correction leads to a penalty case.
 */
final class LadderPolicy {

	/** What the party has had within the last twelve months, on other cases. */
	record History(List<MeasureType> earlierMeasures, boolean refusedCorrection) {
	}

	/** Why the step is suggested; pages word it in the reader's language ({@code enforcement.suggestion.<basis>}). */
	enum Basis {
		REFUSED_CORRECTION, FIRST_EXEMPT, FIRST_NOT_EXEMPT, REPEAT,
		/** No earlier measure, but the party was educated on the rule (e.g. attended a session on it): not "first" any more. */
		EDUCATED_BEFORE
	}

	/**
	 * @param heaviestBefore for a repeat, the heaviest rung taken within the twelve months
	 * @param reason the bilingual reason the API answers with
	 */
	record Suggestion(MeasureType type, boolean withRectificationOrder, String reason, Basis basis,
			@Nullable MeasureType heaviestBefore) {

		/** Whether recording {@code chosen} follows this suggestion (the correction order that goes with it included). */
		boolean followedBy(MeasureType chosen) {
			return chosen == type || (withRectificationOrder && chosen == MeasureType.RECTIFICATION_ORDER);
		}
	}

	private LadderPolicy() {
	}

	static Suggestion suggest(boolean exemptCategory, History history) {
		return suggest(exemptCategory, history, false);
	}

	/**
	 * @param educatedOnRule the party was already educated on this category's rule ({@link PriorEducation}):
	 *        with no earlier measure it is not a first violation, so the talking rung is behind it
	 */
	static Suggestion suggest(boolean exemptCategory, History history, boolean educatedOnRule) {
		if (educatedOnRule && !history.refusedCorrection() && history.earlierMeasures().isEmpty()) {
			return new Suggestion(MeasureType.WARNING, true,
					"当事人已接受过该规定的普法教育，不再属于首次违法：警告并责令改正 / The party was already educated on this rule,"
							+ " so this is not a first violation: warn and order correction",
					Basis.EDUCATED_BEFORE, MeasureType.EDUCATION);
		}
		if (history.refusedCorrection()) {
			return new Suggestion(MeasureType.PENALTY_CASE, false,
					"当事人拒不改正（逾期未改正），应立案查处 / The party refused to correct within the deadline: open a penalty case",
					Basis.REFUSED_CORRECTION, null);
		}
		if (history.earlierMeasures().isEmpty()) {
			if (exemptCategory) {
				return new Suggestion(MeasureType.EDUCATION, true,
						"首违不罚：首次轻微违法且在清单内，教育并责令改正，不予处罚（行政处罚法第三十三条） / "
								+ "First minor violation on the exemption list: educate and order correction, no penalty",
						Basis.FIRST_EXEMPT, null);
			}
			return new Suggestion(MeasureType.RECTIFICATION_ORDER, false,
					"首次违法但不在首违不罚清单内：责令限期改正 / First violation of a category not on the exemption list: order correction",
					Basis.FIRST_NOT_EXEMPT, null);
		}
		MeasureType heaviest = history.earlierMeasures().stream().map(LadderPolicy::rung).max(Enum::compareTo).orElseThrow();
		MeasureType next = next(heaviest);
		return new Suggestion(next, next != MeasureType.PENALTY_CASE,
				"12个月内再次违法，升级一档（此前最重措施：" + heaviest + "） / Repeat within 12 months: one rung above "
						+ heaviest, Basis.REPEAT, heaviest);
	}

	/**
	 * A correction order goes with whatever rung it accompanies, so on its own it counts as the
	 * lowest rung; the talking steps (education, guidance, mediation) are one rung for a repeat.
	 */
	static MeasureType rung(MeasureType measure) {
		return switch (measure) {
			case EDUCATION, GUIDANCE, MEDIATION, RECTIFICATION_ORDER -> MeasureType.EDUCATION;
			case WARNING -> MeasureType.WARNING;
			case PENALTY_CASE -> MeasureType.PENALTY_CASE;
		};
	}

	/** One rung up: talk → warning → penalty case. */
	static MeasureType next(MeasureType rung) {
		return switch (rung) {
			case EDUCATION, GUIDANCE, MEDIATION, RECTIFICATION_ORDER -> MeasureType.WARNING;
			case WARNING, PENALTY_CASE -> MeasureType.PENALTY_CASE;
		};
	}
}
