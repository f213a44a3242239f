package org.steward.enforcement;

import java.util.List;

/**
 * A document as both the print page and the PDF render it, in the one layout every enforcement
 * document shares: title, number, the paragraphs of the body in order, the officers who act
 * (行政处罚法第四十二条: at least two, by name and certificate number), the signature lines (the
 * party's signature and receipt, 签收), the service lines (送达), and the issuing body with its
 * seal position and the date.
 *
 * @param measureId the measure or record the document belongs to
 * @param officers the officers' labels, 王芳（执法证号 ZF…）; empty only for a document no officer signs
 * @param signatures lines the party (and for records the officers) sign
 * @param service the service lines (who served, how, when, the recipient's receipt); empty when the
 *        document is not served on the party
 * @param seal the words at the seal's position above the issuer (（印章）), empty when not sealed
 * @param pdfUrl where the same document is served as PDF
 */
public record EnforcementDocument(long measureId, String title, String number, List<String> paragraphs,
		List<String> officers, List<String> signatures, List<String> service, String issuer, String seal, String date,
		String pdfUrl) {

	public EnforcementDocument {
		paragraphs = List.copyOf(paragraphs);
		officers = List.copyOf(officers);
		signatures = List.copyOf(signatures);
		service = List.copyOf(service);
	}

	/** The officers' line as printed: 执法人员：王芳（执法证号 ZF…）、李强（执法证号 ZF…）. */
	public String officersLine() {
		return officers.isEmpty() ? "" : "执法人员：" + String.join("、", officers);
	}

	/** The text the document's hash covers: title, number, paragraphs, issuer and date, one per line. */
	public String text() {
		return String.join("\n", title, number, String.join("\n", paragraphs), issuer, date);
	}
}
