package org.steward.messaging;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one link in every resident message: shows the masked address and the case it follows, and
 * stops the messages with one button. A GET changes nothing, so a mail scanner that opens the
 * link does not unsubscribe anyone.
 */
@Controller
class UpdatesPageController {

	private final Subscriptions subscriptions;

	private final Clock clock;

	UpdatesPageController(Subscriptions subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	@GetMapping("/updates/{token}")
	String show(@PathVariable String token, Model model) {
		Subscriptions.Subscription subscription = find(token);
		model.addAttribute("token", token);
		model.addAttribute("address", subscription.masked());
		model.addAttribute("trackingCode", subscription.trackingCode());
		model.addAttribute("removed", subscription.removed());
		return "messaging/updates";
	}

	@PostMapping("/updates/{token}/stop")
	String stop(@PathVariable String token) {
		find(token);
		subscriptions.remove(token, clock.instant());
		return "redirect:/updates/" + token;
	}

	private Subscriptions.Subscription find(String token) {
		if (token.length() > 64) {
			throw MessagingRefusals.unknownLink();
		}
		return subscriptions.byToken(token).orElseThrow(MessagingRefusals::unknownLink);
	}
}
