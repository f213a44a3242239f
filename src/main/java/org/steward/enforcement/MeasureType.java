package org.steward.enforcement;

/**
 * The rungs of the 三先 ladder, lightest first. The order matters: "the next rung" is the next
 * constant.
 */
public enum MeasureType {
	EDUCATION, GUIDANCE, MEDIATION, WARNING, RECTIFICATION_ORDER, PENALTY_CASE;

	/**
	 * Whether recording this measure produces a numbered document at once. A penalty case gets
	 * its decision's number (行政处罚决定书) only when the decision is issued.
	 */
	boolean producesDocument() {
		return this == RECTIFICATION_ORDER;
	}
}
