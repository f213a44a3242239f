package org.steward.outreach;

/** How a session is held: 宣讲, 入户走访, 咨询台, 以案释法, 培训. */
public enum SessionFormat {
	LECTURE, DOOR_TO_DOOR, CONSULTATION_DESK, CASE_EXPLAINED, TRAINING
}
