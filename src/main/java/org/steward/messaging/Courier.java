package org.steward.messaging;

import org.jspecify.annotations.Nullable;

/** Delivers messages over one channel. */
interface Courier {

	MessageChannel channel();

	/** Null when the channel can send; otherwise the message code saying why it is off. */
	@Nullable String offReason();

	/** One attempt; never throws for a delivery problem, it answers with the outcome. */
	Delivery deliver(Outgoing message);

	/**
	 * How an attempt ended. RETRY: certainly not delivered, try again later; REJECTED: the
	 * channel refused this message for good; UNKNOWN: it may have gone (an SMS then never retries).
	 */
	record Delivery(Outcome outcome, @Nullable String detail) {

		enum Outcome {
			SENT, RETRY, REJECTED, UNKNOWN
		}

		static Delivery sent(@Nullable String detail) {
			return new Delivery(Outcome.SENT, detail);
		}

		static Delivery retry(String detail) {
			return new Delivery(Outcome.RETRY, detail);
		}

		static Delivery rejected(String detail) {
			return new Delivery(Outcome.REJECTED, detail);
		}

		static Delivery unknown(String detail) {
			return new Delivery(Outcome.UNKNOWN, detail);
		}
	}
}
