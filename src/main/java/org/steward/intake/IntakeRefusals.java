package org.steward.intake;

import org.steward.refusal.Refusal;

/**
 * How intake says no, besides the report's own field checks ({@link ReportPolicy}): each refusal with its
 * code in {@code i18n/intake} (zh-CN and English).
 */
final class IntakeRefusals {

	/** The code of a key used before with another request; the report page treats the form as a new one. */
	static final String KEY_REUSED = "intake.refused.idempotencyKey.reused";

	private IntakeRefusals() {
	}

	/** The {@code Idempotency-Key} was used before with a different request. */
	static Refusal keyReused(String key) {
		return Refusal.invalid("Idempotency-Key", KEY_REUSED, key);
	}

	/** A request with the same key is still being processed; retry later. */
	static Refusal keyInProgress(String key) {
		return Refusal.conflict("intake.refused.idempotencyKey.inProgress", key);
	}

	/** The header is not 1 to 128 visible ASCII characters. */
	static Refusal malformedKey() {
		return Refusal.invalid("Idempotency-Key", "intake.refused.idempotencyKey");
	}

	/** The multipart request's {@code report} part is not the report's JSON. */
	static Refusal unreadableReport() {
		return Refusal.invalid("report", "intake.refused.report.unreadable");
	}

	/** A tracking code to join that names no open case nearby. */
	static Refusal notNearby() {
		return Refusal.invalid("joinCase", "intake.refused.joinCase.notNearby");
	}

	static boolean isKeyReused(Refusal refusal) {
		return refusal.fields().stream().anyMatch(f -> KEY_REUSED.equals(f.code()));
	}
}
