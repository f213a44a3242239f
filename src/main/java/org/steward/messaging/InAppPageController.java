package org.steward.messaging;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.PostMapping;
import org.steward.identity.CurrentUser;

/**
 * The signed-in user's own in-app messages: dismissing one (another user's message is not found),
 * and the newest ones for the browser's Notification API while a page is open ({@code notifications.js}).
 */
@Controller
class InAppPageController {

	private final Outbox outbox;

	private final Clock clock;

	InAppPageController(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@PostMapping("/messages/{id}/dismiss")
	ResponseEntity<Void> dismiss(CurrentUser user, @PathVariable long id) {
		if (!outbox.dismiss(id, user.username(), clock.instant())) {
			throw MessagingRefusals.unknownMessage();
		}
		// htmx removes the item; a plain form goes back to the inbox
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/inbox").build();
	}

	/**
	 * In-app messages after the one the page saw last ({@code after}), at most 5, oldest first; without
	 * {@code after} only where to start, so opening a page never replays old messages as notifications.
	 */
	@GetMapping("/messages/latest")
	@ResponseBody
	Outbox.NewInApp latest(CurrentUser user, @RequestParam(required = false) @Nullable Long after) {
		return outbox.inAppAfter(user.username(), after, 5);
	}
}
