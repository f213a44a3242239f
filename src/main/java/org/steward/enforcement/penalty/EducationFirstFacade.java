package org.steward.enforcement.penalty;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.enforcement.Disclosures;
import org.steward.enforcement.EducationFirst;
import org.steward.enforcement.EnforcementRules;
import org.steward.enforcement.MeasureRequest;
import org.steward.enforcement.MeasureView;
import org.steward.enforcement.Measures;
import org.steward.cases.CaseNumber;
import org.steward.identity.CurrentUser;

/** {@link EducationFirst} over the measures, the rules, the penalty cases and the disclosures the API uses. */
@Component
class EducationFirstFacade implements EducationFirst {

	private final Measures measures;

	private final Disclosures disclosures;

	private final EnforcementRules rules;

	private final PenaltyCases penalties;

	EducationFirstFacade(Measures measures, Disclosures disclosures, EnforcementRules rules,
			PenaltyCases penalties) {
		this.measures = measures;
		this.disclosures = disclosures;
		this.rules = rules;
		this.penalties = penalties;
	}

	@Override
	public RecordedMeasure recordMeasure(CaseNumber caseNumber, NewMeasure m, CurrentUser actor) {
		MeasureView view = measures.record(caseNumber, new MeasureRequest(m.type(), m.partyId(), m.notes(), m.officers(),
				m.deadline(), m.reason(), m.agreement(), m.signedBy(), m.major()), actor);
		return new RecordedMeasure(view.id(), view.type().name(), view.documentNumber(), view.documentUrl());
	}

	@Override
	public void disclose(long measureId, CurrentUser actor) {
		disclosures.publish(measureId, actor);
	}

	@Override
	public void setBenchmark(Benchmark b, CurrentUser actor) {
		rules.putBenchmark(new EnforcementRules.BenchmarkDraft(b.categoryCode(), b.severity(), b.minAmount(), b.maxAmount(),
				b.legalBasis(), b.major()), actor);
	}

	@Override
	public PenaltyStatus addEvidence(long measureId, String fileName, String contentType, byte[] content,
			String description, CurrentUser actor) {
		penalties.addEvidence(measureId, fileName, contentType, content, description, actor);
		return status(penalties.view(measureId, actor));
	}

	@Override
	public PenaltyStatus propose(long measureId, String severity, String amount, String facts, CurrentUser actor) {
		return status(penalties.propose(measureId, severity, amount, facts, actor));
	}

	@Override
	public PenaltyStatus review(long measureId, boolean passed, String opinion, CurrentUser actor) {
		return status(penalties.review(measureId, passed, opinion, actor));
	}

	@Override
	public PenaltyStatus decide(long measureId, boolean disclose, CurrentUser actor) {
		return status(penalties.decide(measureId, disclose, actor));
	}

	@Override
	public PenaltyStatus serve(long measureId, String method, String servedTo, Instant servedAt, CurrentUser actor) {
		return status(penalties.serve(measureId, method, servedTo, servedAt, actor));
	}

	@Override
	public PenaltyStatus approveFiling(long measureId, CurrentUser actor) {
		return status(penalties.approveFiling(measureId, actor));
	}

	@Override
	public PenaltyStatus notifyParty(long measureId, Instant noticeAt, CurrentUser actor) {
		return status(penalties.notify(measureId, noticeAt, actor));
	}

	@Override
	public PenaltyStatus waive(long measureId, String note, Instant waivedAt, CurrentUser actor) {
		return status(penalties.waive(measureId, note, waivedAt, actor));
	}

	@Override
	public PenaltyStatus execute(long measureId, String kind, String note, CurrentUser actor) {
		return status(penalties.execute(measureId, kind, note, actor));
	}

	@Override
	public PenaltyStatus close(long measureId, String note, CurrentUser actor) {
		return status(penalties.close(measureId, note, actor));
	}

	private static PenaltyStatus status(PenaltyCases.PenaltyView view) {
		return new PenaltyStatus(view.measureId(), view.stage().name(), view.review() == PenaltyCase.Review.REQUIRED
				|| view.review() == PenaltyCase.Review.RETURNED, view.decisionNumber());
	}
}
