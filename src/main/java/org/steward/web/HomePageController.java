package org.steward.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/**
 * The home page differs by role: each role sees the places it works in first. Links point
 * only at pages that exist; later features add their own entries here.
 */
@Controller
class HomePageController {

	/** A card on the home page: message key of its title and description, and its link. */
	record Shortcut(String titleKey, String descriptionKey, String href) {
	}

	@GetMapping("/")
	String home(@Nullable CurrentUser user, Model model) {
		if (user != null) {
			model.addAttribute("user", user);
			model.addAttribute("shortcuts", shortcutsFor(user));
		}
		return "web/home";
	}

	@GetMapping("/login")
	String login() {
		return "web/login";
	}

	static List<Shortcut> shortcutsFor(CurrentUser user) {
		List<Shortcut> shortcuts = new ArrayList<>();
		if (user.has(Role.OFFICER) || user.has(Role.STATION_HEAD)) {
			shortcuts.add(new Shortcut("home.card.myTasks", "home.card.myTasks.text", "/my/tasks"));
		}
		if (user.has(Role.COMMUNITY_STAFF) || user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER)
				|| user.has(Role.COMMAND_CENTRE)) {
			shortcuts.add(new Shortcut("home.card.whistle", "home.card.whistle.text", "/whistle"));
		}
		if (user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN)) {
			shortcuts.add(new Shortcut("home.card.commandQueue", "home.card.commandQueue.text", "/command/queue"));
		}
		if (!(user.scope() instanceof DataScope.Department) && !(user.scope() instanceof DataScope.Community)) {
			shortcuts.add(new Shortcut("home.card.board", "home.card.board.text", "/boards"));
		}
		if (user.has(Role.DEPARTMENT_LIAISON)) {
			shortcuts.add(new Shortcut("home.card.departmentTasks", "home.card.departmentTasks.text", "/coordination/tasks"));
		}
		shortcuts.add(new Shortcut("home.card.cases", "home.card.cases.text", "/cases"));
		if (user.scope() instanceof DataScope.Station station) {
			shortcuts.add(new Shortcut("home.card.station", "home.card.station.text",
					"/organization/stations/" + station.code()));
		}
		if (user.has(Role.SQUAD_LEADER) || user.has(Role.COMMAND_CENTRE) || user.has(Role.ADMIN)
				|| user.has(Role.DEPARTMENT_LIAISON) || user.has(Role.COMMUNITY_STAFF)) {
			shortcuts.add(new Shortcut("home.card.organization", "home.card.organization.text", "/organization"));
		}
		shortcuts.add(new Shortcut("home.card.map", "home.card.map.text", "/map"));
		shortcuts.add(new Shortcut("home.card.catalog", "home.card.catalog.text", "/catalog"));
		if (user.has(Role.ADMIN)) {
			shortcuts.add(new Shortcut("home.card.adminTerritory", "home.card.adminTerritory.text", "/admin/territory"));
			shortcuts.add(new Shortcut("home.card.adminCatalog", "home.card.adminCatalog.text", "/admin/catalog"));
			shortcuts.add(new Shortcut("home.card.adminCalendar", "home.card.adminCalendar.text", "/admin/calendar"));
			shortcuts.add(new Shortcut("home.card.adminAccounts", "home.card.adminAccounts.text", "/admin/accounts"));
		}
		return shortcuts;
	}
}
