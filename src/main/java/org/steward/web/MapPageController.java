package org.steward.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steward.StewardProperties;

/**
 * The grid map: boundaries drawn from Steward's own GeoJSON, so it works with no tile
 * server reachable; a tile layer is added only when one is configured.
 */
@Controller
class MapPageController {

	private final String tileUrl;

	private final String tileAttribution;

	MapPageController(StewardProperties steward) {
		this.tileUrl = steward.map().tileUrl();
		this.tileAttribution = steward.map().tileAttribution();
	}

	@GetMapping("/map")
	String map(Model model) {
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "web/map";
	}
}
