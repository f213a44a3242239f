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
				joinCode(s));
		IntakeAnswer answer = intake
			.submit(new ReportDraft(request,
					photos.stream().map(p -> new PhotoUpload(p.fileName(), p.declaredType(), p.bytes())).toList(),
					s.channel(), s.submittedBy(), s.idempotencyKey()));
		ReportReceipt receipt = answer.receipt();
		return new Submitted(receipt.caseNumber(), receipt.trackingCode(), receipt.status(), receipt.joined(),
				answer.replayed());
	}

	/**
	 * A module names the case to join by its number; intake joins only through the nearby offer, so the
	 * number becomes the join code of that case if it is on offer here (else it is refused as not nearby).
	 */
	private @org.jspecify.annotations.Nullable String joinCode(Submission s) {
		if (s.joinCase() == null) {
			return s.joinCase();
		}
		return intake.nearby(s.categoryCode(), new org.steward.territory.GeoPoint(s.lat(), s.lng()))
			.stream()
			.filter(nearby -> nearby.caseNumber().value().equals(s.joinCase()))
			.map(org.steward.cases.Cases.NearbyCase::joinCode)
			.findFirst()
			.orElse(s.joinCase());
	}
}
