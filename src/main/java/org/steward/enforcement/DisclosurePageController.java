package org.steward.enforcement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public disclosure page: published penalty decisions, masked; withdrawn ones are gone from it. */
@Controller
class DisclosurePageController {

	private final Disclosures disclosures;

	DisclosurePageController(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	@GetMapping("/disclosure")
	String page(Model model) {
		model.addAttribute("disclosures", disclosures.published());
		return "enforcement/disclosure";
	}
}
