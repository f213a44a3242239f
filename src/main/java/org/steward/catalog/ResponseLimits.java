package org.steward.catalog;

import org.steward.worktime.TimeLimit;

/**
 * The two limits a category sets for one urgency: how soon the responsible officers must
 * acknowledge (报到) the whistle, and how soon the problem must be handled once dispatched.
 */
public record ResponseLimits(TimeLimit acknowledge, TimeLimit handle) {

	public ResponseLimits {
		if (acknowledge == null || handle == null) {
			throw new IllegalArgumentException("Both an acknowledgement and a handling limit are needed");
		}
	}
}
