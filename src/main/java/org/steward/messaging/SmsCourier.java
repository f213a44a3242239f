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
		String template = templateFor(message.kind());
		if (template == null || template.isBlank()) {
			return Delivery.rejected("messaging.log.noTemplate");
		}
		return gateway.send(message.recipient(), template, message.params(), String.valueOf(message.id()));
	}

	/**
	 * The gateway's template code for a kind. Keys are compared without case and separators, so
	 * {@code ON_SITE} in YAML and {@code STEWARD_MESSAGING_SMS_TEMPLATES_ON_SITE} (bound as {@code on.site}) both count.
	 */
	private @Nullable String templateFor(MessageKind kind) {
		String wanted = normal(kind.name());
		return properties.sms().templates().entrySet().stream()
			.filter(e -> normal(e.getKey()).equals(wanted))
			.map(java.util.Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String normal(String key) {
		return key.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
	}
}
