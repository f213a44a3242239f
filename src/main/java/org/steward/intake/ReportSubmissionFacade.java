package org.steward.intake;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseNumber;
import org.steward.cases.TrackingCode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link ReportSubmissions} over {@link ReportIntake}: the answer other modules get is the one the API sends. */
@Component
class ReportSubmissionFacade implements ReportSubmissions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportIntake intake;

	ReportSubmissionFacade(ReportIntake intake) {
		this.intake = intake;
	}

	@Override
	public Submitted submit(Submission s) {
		ReportRequest.ReporterJson reporter = s.reporterName() == null && s.reporterPhone() == null ? null
				: new ReportRequest.ReporterJson(s.reporterName(), s.reporterPhone());
		ReportRequest request = new ReportRequest(s.categoryCode(), s.description(),
				new ReportRequest.LocationJson(s.lat(), s.lng(), "WGS84"), s.address(), s.urgency(), reporter,
				s.joinCase());
		IntakeAnswer answer;
		try {
			answer = intake.submit(new ReportDraft(request, List.of(), s.channel(), s.submittedBy(), s.idempotencyKey()));
		}
		catch (ReportInvalid invalid) {
			throw new IllegalArgumentException("Report refused: " + invalid.violations()
				.stream()
				.map(v -> v.field() + " (" + v.messageKey() + (v.argument() == null ? "" : " " + v.argument()) + ")")
				.collect(Collectors.joining(", ")), invalid);
		}
		JsonNode body = JSON.readTree(answer.body());
		return new Submitted(new CaseNumber(body.get("caseNumber").asString()), new TrackingCode(answer.trackingCode()),
				body.get("status").asString(), body.path("joined").asBoolean(false), answer.replayed());
	}
}
