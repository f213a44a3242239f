package org.steward.callback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A call of the call-back was recorded: which case, which call (1, 2, 3), what it found, where
 * the call-back stands after it, who called (display name; the username for the record) and the
 * note they typed. Published in the transaction that stored the call.
 */
public record CallBackRecorded(String caseNumber, @Nullable String stationCode, int attempt, CallBackOutcome outcome,
		CallBackStatus status, String calledBy, String callerName, @Nullable String note, Instant at) {
}
