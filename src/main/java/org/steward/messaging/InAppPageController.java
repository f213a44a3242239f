package org.steward.messaging;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.steward.identity.CurrentUser;

/** Dismisses one of the signed-in user's own in-app messages; another user's message is not found. */
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
}
