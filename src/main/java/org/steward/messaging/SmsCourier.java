package org.steward.messaging;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** SMS through the configured gateway; off until its endpoint, keys and signature name are set. */
@Component
class SmsCourier implements Courier {

	private final SmsGateway gateway;

	private final MessagingProperties properties;

	SmsCourier(SmsGateway gateway, MessagingProperties properties) {
		this.gateway = gateway;
		this.properties = properties;
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.SMS;
	}

	@Override
	public @Nullable String offReason() {
		return properties.sms().configured() ? null : "messaging.channel.off.noGateway";
	}

	@Override
	public Delivery deliver(Outgoing message) {
		String template = properties.sms().templates().get(message.kind().name());
		if (template == null || template.isBlank()) {
			return Delivery.rejected("messaging.log.noTemplate");
		}
		return gateway.send(message.recipient(), template, message.params(), String.valueOf(message.id()));
	}
}
