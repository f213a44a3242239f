package org.steward.intake;

/**
 * An {@code Idempotency-Key} that cannot be honoured: used before with a different request
 * (422, as Stripe answers), or still being processed by a concurrent request (409).
 */
class IdempotencyRefused extends RuntimeException {

	enum Kind {
		REUSED_WITH_OTHER_REQUEST, IN_PROGRESS
	}

	private final Kind kind;

	private IdempotencyRefused(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	static IdempotencyRefused reused(String key) {
		return new IdempotencyRefused(Kind.REUSED_WITH_OTHER_REQUEST,
				"The Idempotency-Key " + key + " was already used with a different request");
	}

	static IdempotencyRefused inProgress(String key) {
		return new IdempotencyRefused(Kind.IN_PROGRESS,
				"A request with the Idempotency-Key " + key + " is still being processed; retry later");
	}

	Kind kind() {
		return kind;
	}
}
