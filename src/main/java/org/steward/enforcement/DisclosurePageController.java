package org.steward.enforcement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public disclosure page: published penalty decisions, masked; withdrawn ones are gone from it. */
@Controller
class DisclosurePageController {

	private final Disclosures disclosures;

	private final java.time.ZoneId zone;

	DisclosurePageController(Disclosures disclosures, org.steward.StewardProperties steward) {
		this.disclosures = disclosures;
		this.zone = steward.zone();
	}

	@GetMapping("/disclosure")
	String page(Model model) {
		model.addAttribute("disclosures", disclosures.published());
		model.addAttribute("zone", zone); // dates in the district's time, not the server's
		return "enforcement/disclosure";
	}
}
