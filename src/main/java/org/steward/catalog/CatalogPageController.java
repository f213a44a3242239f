package org.steward.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The read-only catalogue for every signed-in user: who answers for what, and how fast. */
@Controller
class CatalogPageController {

	private final CatalogView view;

	CatalogPageController(CatalogView view) {
		this.view = view;
	}

	@GetMapping("/catalog")
	String catalog(Model model) {
		model.addAttribute("groups", view.groups(CatalogView.Filter.NONE));
		model.addAttribute("departments", view.departmentsByCode());
		model.addAttribute("urgencies", Urgency.values());
		return "catalog/catalog";
	}
}
