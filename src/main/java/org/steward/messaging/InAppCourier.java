package org.steward.messaging;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** In-app messages are delivered by being there: the row is the staff member's inbox entry. */
@Component
class InAppCourier implements Courier {

	@Override
	public MessageChannel channel() {
		return MessageChannel.INAPP;
	}

	@Override
	public @Nullable String offReason() {
		return null;
	}

	@Override
	public Delivery deliver(Outgoing message) {
		return Delivery.sent(null);
	}
}
