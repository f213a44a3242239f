package org.steward.messaging;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.StewardProperties;
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

	private final java.time.Clock clock;

	DeliveryLogPageController(Outbox outbox, Dispatcher dispatcher, StewardProperties steward,
			java.time.Clock clock) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.zone = steward.zone();
		this.clock = clock;
	}

	/**
	 * Sends again the messages a channel skipped while it was off, from the last {@code days} days —
	 * once the channel is on (else refused, saying why it is still off).
	 */
	@PostMapping("/admin/messages/replay")
	String replay(CurrentUser user, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String days, RedirectAttributes redirect) {
		if (!user.has(Role.ADMIN)) {
			throw MessagingRefusals.adminOnly();
		}
		MessageChannel which;
		try {
			which = MessageChannel.valueOf(channel == null ? "" : channel.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw MessagingRefusals.unknownChannel(channel == null ? "" : channel.length() > 20 ? channel.substring(0, 20) : channel);
		}
		int back;
		try {
			back = days == null || days.isBlank() ? 3 : Integer.parseInt(days.strip());
		}
		catch (NumberFormatException bad) {
			back = -1;
		}
		if (back < 1 || back > 30) {
			throw MessagingRefusals.replayDays(30);
		}
		String off = dispatcher.offReasons().getOrDefault(which, "");
		if (!off.isEmpty()) {
			throw MessagingRefusals.channelStillOff(which, off);
		}
		java.time.Instant now = clock.instant();
		int replayed = outbox.replaySkipped(which, now.minus(java.time.Duration.ofDays(back)), now);
		redirect.addFlashAttribute("replayed", replayed);
		redirect.addFlashAttribute("replayedChannel", which);
		return "redirect:/admin/messages";
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
