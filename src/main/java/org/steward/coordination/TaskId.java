package org.steward.coordination;

/** A department task's id. */
public record TaskId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
