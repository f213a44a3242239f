package org.steward.inbox;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.identity.CurrentUser;

/**
 * The to-do inbox of a signed-in staff member: the whole page, the section on the home page and
 * the count in the navigation (both fetched by htmx, the count polled), and the same as JSON.
 */
@Controller
class InboxPageController {

	private final Inbox inbox;

	private final Clock clock;

	InboxPageController(Inbox inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String page(CurrentUser user, Model model) {
		model.addAttribute("groups", inbox.of(user));
		model.addAttribute("now", clock.instant());
		return "inbox/inbox";
	}

	@GetMapping("/inbox/summary")
	String summary(CurrentUser user, Model model) {
		model.addAttribute("groups", inbox.of(user));
		model.addAttribute("now", clock.instant());
		return "inbox/partials/summary :: summary";
	}

	@GetMapping("/inbox/count")
	String count(CurrentUser user, Model model) {
		model.addAttribute("count", inbox.count(user));
		return "inbox/partials/count :: count";
	}

	/** One kind of waiting work as the API gives it. */
	record GroupJson(String kind, int count, boolean more, List<InboxItem> items) {
	}

	@GetMapping("/api/v1/inbox")
	@ResponseBody
	List<GroupJson> api(CurrentUser user) {
		return inbox.of(user).stream().map(g -> new GroupJson(g.kind(), g.count(), g.more(), g.items())).toList();
	}
}
