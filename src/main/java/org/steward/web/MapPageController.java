package org.steward.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The grid map: boundaries drawn from Steward's own GeoJSON, so it works with no tile
 * server reachable; a tile layer is added only when one is configured.
 */
@Controller
class MapPageController {

	private final String tileUrl;

	private final String tileAttribution;

	MapPageController(@Value("${steward.map.tile-url:}") String tileUrl,
			@Value("${steward.map.tile-attribution:}") String tileAttribution) {
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/map")
	String map(Model model) {
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "web/map";
	}
}
