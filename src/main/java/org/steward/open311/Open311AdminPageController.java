package org.steward.open311;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

/** The administrator issues and revokes Open311 clients' api_keys; a key is shown once, when issued. */
@Controller
class Open311AdminPageController {

	private final Open311Clients clients;

	private final Clock clock;

	private final ZoneId zone;

	Open311AdminPageController(Open311Clients clients, Clock clock, StewardProperties steward) {
		this.clients = clients;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@GetMapping("/admin/open311")
	String show(CurrentUser user, Model model) {
		requireAdmin(user);
		model.addAttribute("clients", clients.all());
		model.addAttribute("zone", zone);
		return "open311/clients";
	}

	@PostMapping("/admin/open311/clients")
	String issue(CurrentUser user, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		requireAdmin(user);
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw Open311Refusals.clientName();
		}
		redirect.addFlashAttribute("issuedKey", clients.issue(trimmed, user.username(), clock.instant()));
		redirect.addFlashAttribute("issuedTo", trimmed);
		return "redirect:/admin/open311";
	}

	@PostMapping("/admin/open311/clients/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable long id) {
		requireAdmin(user);
		clients.revoke(id, clock.instant());
		return "redirect:/admin/open311";
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw Open311Refusals.adminOnly();
		}
	}
}
