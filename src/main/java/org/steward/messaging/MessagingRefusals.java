package org.steward.messaging;

import org.steward.refusal.Refusal;

/** How messaging says no; texts in {@code i18n/messaging} (zh-CN and English). */
final class MessagingRefusals {

	private MessagingRefusals() {
	}

	static Refusal adminOnly() {
		return Refusal.forbidden("messaging.refused.adminOnly");
	}

	static Refusal unknownStatus(String status) {
		return Refusal.invalid("status", "messaging.refused.unknownStatus", status);
	}

	static Refusal unknownChannel(String channel) {
		return Refusal.invalid("channel", "messaging.refused.unknownChannel", channel);
	}

	static Refusal replayDays(int max) {
		return Refusal.invalid("days", "messaging.refused.replayDays", max);
	}

	static Refusal channelStillOff(MessageChannel channel, String why) {
		return Refusal.conflict("messaging.refused.channelStillOff", Refusal.term("messaging.channel." + channel),
				Refusal.term(why));
	}

	static Refusal unknownLink() {
		return Refusal.notFound("messaging.refused.unknownLink");
	}

	static Refusal unknownMessage() {
		return Refusal.notFound("messaging.refused.unknownMessage");
	}

	static Refusal.FieldError badEmail() {
		return Refusal.FieldError.of("email", "messaging.refused.email.invalid");
	}

	static Refusal.FieldError badPhone() {
		return Refusal.FieldError.of("phone", "messaging.refused.phone.invalid");
	}
}
