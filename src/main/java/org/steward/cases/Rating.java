package org.steward.cases;

/** A resident's rating of a closed case. DISSATISFIED reopens it for the squad leader's review. */
public enum Rating {
	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
