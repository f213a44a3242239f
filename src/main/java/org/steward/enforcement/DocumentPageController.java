package org.steward.enforcement;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.identity.CurrentUser;

/** The print-ready page and the PDF of a measure's document, for staff who may see its case. */
@Controller
public class DocumentPageController {

	private final EnforcementDocuments documents;

	private final Measures measures;

	private final CaseQueries cases;


	DocumentPageController(EnforcementDocuments documents, Measures measures, CaseQueries cases) {
		this.documents = documents;
		this.measures = measures;
		this.cases = cases;
	}

	@GetMapping("/enforcement/documents/{measureId}")
	String page(@PathVariable long measureId, CurrentUser user, Model model) {
		model.addAttribute("doc", document(measureId, user));
		return "enforcement/document";
	}

	@GetMapping("/enforcement/documents/{measureId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long measureId, CurrentUser user) {
		return pdfAnswer(document(measureId, user), documents);
	}

	/** A document's PDF as the browser gets it: opened in place, saved under the document's number. */
	public static ResponseEntity<byte[]> pdfAnswer(EnforcementDocument doc, EnforcementDocuments documents) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(doc.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(documents.pdf(doc));
	}

	/** The document, once the viewer is known to see the measure's case (its data scope). */
	private EnforcementDocument document(long measureId, CurrentUser viewer) {
		MeasureView measure = measures.find(measureId).orElseThrow(() -> EnforcementRefusals.documentNotFound(measureId));
		if (measure.documentNumber() == null) {
			throw EnforcementRefusals.documentNotFound(measureId);
		}
		cases.detail(new CaseNumber(measure.caseNumber()), viewer); // a refusal is the error page's to word
		return documents.document(measureId);
	}
}
