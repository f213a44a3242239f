package org.steward.enforcement;

import java.util.List;

/**
 * A document a measure produced, as both the print page and the PDF render it: title, number,
 * the paragraphs in order, and the closing lines (issuer and date).
 */
record EnforcementDocument(long measureId, String title, String number, List<String> paragraphs, String issuer,
		String date) {

	EnforcementDocument {
		paragraphs = List.copyOf(paragraphs);
	}
}
