package org.steward.territory;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's territory page: what is stored, per district, and an upload form for a
 * GeoJSON file. A rejected file is shown again with every problem listed against its feature;
 * an accepted one redirects back with a summary (Post/Redirect/Get). {@code /admin/**} is
 * reserved for administrators by the security configuration.
 */
@Controller
@RequestMapping("/admin/territory")
class TerritoryAdminPageController {

	private final TerritoryStore store;
	private final TerritoryImporter importer;

	TerritoryAdminPageController(TerritoryStore store, TerritoryImporter importer) {
		this.store = store;
		this.importer = importer;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("districts", store.countsByDistrict());
		return "territory/admin";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String source = file == null || file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		ImportOutcome outcome = importer.importFile(content, source);
		if (outcome instanceof ImportOutcome.Imported imported) {
			redirect.addFlashAttribute("imported", imported.summary());
			return "redirect:/admin/territory";
		}
		model.addAttribute("fileName", source);
		model.addAttribute("problems", ((ImportOutcome.Rejected) outcome).problems());
		return page(model);
	}
}
