package org.steward.enforcement;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The print-ready page and the PDF of a measure's document, for signed-in staff. */
@Controller
class DocumentPageController {

	private final EnforcementDocuments documents;

	DocumentPageController(EnforcementDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/enforcement/documents/{measureId}")
	String page(@PathVariable long measureId, Model model) {
		model.addAttribute("doc", documents.document(measureId));
		return "enforcement/document";
	}

	@GetMapping("/enforcement/documents/{measureId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long measureId) {
		EnforcementDocument doc = documents.document(measureId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(doc.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(documents.pdf(doc));
	}
}
