package org.steward.intake;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@link ReportSubmissions} over {@link ReportIntake}: other modules get the receipt the API sends, as a record. */
@Component
class ReportSubmissionFacade implements ReportSubmissions {

	private final ReportIntake intake;

	ReportSubmissionFacade(ReportIntake intake) {
		this.intake = intake;
	}

	@Override
	public Submitted submit(Submission s) {
		return submit(s, List.of());
	}

	@Override
	public Submitted submit(Submission s, List<Photo> photos) {
		ReportRequest.ReporterJson reporter = s.reporterName() == null && s.reporterPhone() == null ? null
				: new ReportRequest.ReporterJson(s.reporterName(), s.reporterPhone());
		ReportRequest request = new ReportRequest(s.categoryCode(), s.description(),
				new ReportRequest.LocationJson(s.lat(), s.lng(), "WGS84"), s.address(), s.urgency(), reporter,
				s.joinCase());
		IntakeAnswer answer = intake
			.submit(new ReportDraft(request,
					photos.stream().map(p -> new PhotoUpload(p.fileName(), p.declaredType(), p.bytes())).toList(),
					s.channel(), s.submittedBy(), s.idempotencyKey()));
		ReportReceipt receipt = answer.receipt();
		return new Submitted(receipt.caseNumber(), receipt.trackingCode(), receipt.status(), receipt.joined(),
				answer.replayed());
	}
}
