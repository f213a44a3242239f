package org.steward.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The grid map: boundaries drawn from Steward's own GeoJSON, so it works with no tile server
 * reachable; the base map ({@code steward.map.*}) comes with every page's layout.
 */
@Controller
class MapPageController {

	@GetMapping("/map")
	String map() {
		return "web/map";
	}
}
