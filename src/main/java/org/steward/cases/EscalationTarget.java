package org.steward.cases;

/** Who a case is sent up to. */
public enum EscalationTarget {
	/** The station's squad (中队). */
	SQUAD,
	/** The district's command centre, which also holds the cases no station may take. */
	COMMAND_CENTRE
}
