package org.steward.enforcement;

import java.util.List;

/**
 * A document as both the print page and the PDF render it: title, number, the paragraphs in
 * order, the signature lines (for records the party and the officers sign), and the closing
 * lines (issuer and date).
 *
 * @param measureId the measure or record the document belongs to
 * @param pdfUrl where the same document is served as PDF
 */
public record EnforcementDocument(long measureId, String title, String number, List<String> paragraphs,
		List<String> signatures, String issuer, String date, String pdfUrl) {

	public EnforcementDocument {
		paragraphs = List.copyOf(paragraphs);
		signatures = List.copyOf(signatures);
	}

	/** The text the document's hash covers: title, number, paragraphs, issuer and date, one per line. */
	public String text() {
		return String.join("\n", title, number, String.join("\n", paragraphs), issuer, date);
	}
}
