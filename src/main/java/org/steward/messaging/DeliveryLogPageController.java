package org.steward.messaging;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

/**
 * The administrator's delivery log: each channel on or off (and why), the messages with their
 * status, attempts and the last reason, newest first. Recipients are shown masked.
 */
@Controller
class DeliveryLogPageController {

	private static final int SHOWN = 200;

	private final Outbox outbox;

	private final Dispatcher dispatcher;

	private final ZoneId zone;

	DeliveryLogPageController(Outbox outbox, Dispatcher dispatcher, @Value("${steward.zone:Asia/Shanghai}") ZoneId zone) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.zone = zone;
	}

	@GetMapping("/admin/messages")
	String log(CurrentUser user, @RequestParam(required = false) @Nullable String status, Model model) {
		if (!user.has(Role.ADMIN)) {
			throw MessagingRefusals.adminOnly();
		}
		MessageStatus filter = null;
		if (status != null && !status.isBlank()) {
			try {
				filter = MessageStatus.valueOf(status);
			}
			catch (IllegalArgumentException unknown) {
				throw MessagingRefusals.unknownStatus(status);
			}
		}
		model.addAttribute("channels", dispatcher.offReasons());
		model.addAttribute("counts", outbox.counts());
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("status", filter);
		model.addAttribute("messages", outbox.log(filter, SHOWN)
			.stream()
			.map(m -> new Row(m, m.channel() == MessageChannel.INAPP ? m.recipient() : Subscriptions.mask(m.recipient()),
					m.lastError() != null && m.lastError().startsWith("messaging.")))
			.toList());
		model.addAttribute("zone", zone);
		return "messaging/log";
	}

	/**
	 * A line of the log. {@code reasonIsCode}: the reason is worded from the bundles, else it is the
	 * channel's own words (an SMTP or gateway answer).
	 */
	public record Row(Outbox.LoggedMessage message, String recipient, boolean reasonIsCode) {
	}
}
