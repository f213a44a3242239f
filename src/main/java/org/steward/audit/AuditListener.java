package org.steward.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.callback.CallBackRecorded;
import org.steward.cases.CaseArrived;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseHandled;
import org.steward.cases.CaseSummary;
import org.steward.cases.TimelineNote;
import org.steward.enforcement.EnforcementRecordMade;
import org.steward.enforcement.EnforcementRuleChanged;
import org.steward.enforcement.MeasureRecorded;
import org.steward.enforcement.PenaltyStepRecorded;
import org.steward.inspection.InspectionRecorded;
import org.steward.patrol.PatrolRecorded;
import org.steward.territory.GeoPoint;

/**
 * Appends every case action and every measure to the chain. Runs after the change committed
 * (through the event publication registry, so a crash before the append is retried on restart)
 * and builds each entry from the event alone.
 */
@Component
class AuditListener {

	private final AuditChain chain;

	AuditListener(AuditChain chain) {
		this.chain = chain;
	}

	/**
	 * A case step as the case event tells it: who (by display name; "system" for the sweep and
	 * residents), where (the step's location, else the station), the status it led to and the
	 * timeline note's code, arguments and typed words, and the evidence hashes of the step.
	 */
	@ApplicationModuleListener
	void on(CaseEvent event) {
		CaseSummary s = event.summary();
		String actor = event.actor() == null ? "system" : event.actor();
		@Nullable GeoPoint where = switch (event) {
			case CaseArrived arrived -> arrived.location();
			case CaseHandled handled -> handled.location();
			default -> null;
		};
		List<String> evidence = switch (event) {
			case CaseArrived arrived -> arrived.evidenceHashes();
			case CaseHandled handled -> handled.evidenceHashes();
			default -> List.of();
		};
		String place = where == null ? s.stationCode() : where.lat() + "," + where.lng();
		TimelineNote note = event.note();
		String details = "status=" + s.status() + (s.stationCode() == null ? "" : "; station=" + s.stationCode())
				+ (note.code() == null ? "" : "; note=" + note.code() + note.args())
				+ (note.text() == null ? "" : "; notes=" + note.text());
		chain.append(new AuditChain.Content(event.at(), actor, "case:" + event.caseNumber().value(),
				"CASE_" + event.step(), place, details, evidence));
	}

	@ApplicationModuleListener
	void on(MeasureRecorded event) {
		String details = "party=" + event.partyId() + "; officers=" + String.join(",", event.officers())
				+ (event.documentNumber() == null ? "" : "; document=" + event.documentNumber())
				+ (event.reason() == null ? "" : "; reason=" + event.reason())
				+ (event.notes() == null ? "" : "; notes=" + event.notes());
		chain.append(new AuditChain.Content(event.at(), event.recordedBy(), "case:" + event.caseNumber(),
				"MEASURE_" + event.type(), null, details, List.of()));
	}

	@ApplicationModuleListener
	void on(EnforcementRecordMade event) {
		String details = "record=" + event.kind() + "; party=" + event.partyId() + "; document=" + event.documentNumber()
				+ "; officers=" + String.join(",", event.officers());
		chain.append(new AuditChain.Content(event.at(), event.recordedBy(), "case:" + event.caseNumber(),
				"RECORD_" + event.kind(),
				event.place().length() > 100 ? event.place().substring(0, 100) : event.place(), details, List.of(event.contentSha256())));
	}

	@ApplicationModuleListener
	void on(PenaltyStepRecorded event) {
		chain.append(new AuditChain.Content(event.at(), event.actor(), "case:" + event.caseNumber(),
				"PENALTY_" + event.step(), null, "penalty=" + event.measureId()
						+ (event.documentNumber() == null ? "" : "; document=" + event.documentNumber()) + "; " + event.details(),
				event.evidenceHashes()));
	}

	@ApplicationModuleListener
	void on(EnforcementRuleChanged event) {
		chain.append(new AuditChain.Content(event.at(), event.actor(), "rule:" + event.subject(), "RULE_" + event.action(),
				null, event.details(), List.of()));
	}

	/** A patrol, finding, grid class, early sign or warning step, as the patrol module tells it. */
	@ApplicationModuleListener
	void on(PatrolRecorded event) {
		chain.append(new AuditChain.Content(event.at(), event.actor(), event.subject(), event.action().name(),
				event.place() == null || event.place().length() <= 100 ? event.place() : event.place().substring(0, 100),
				event.details(), event.evidenceHashes()));
	}

	/** A checklist edit, a point, an inspection round and its score, a failed item's case. */
	@ApplicationModuleListener
	void on(InspectionRecorded event) {
		chain.append(new AuditChain.Content(event.at(), event.actor(), event.subject(), "INSPECTION_" + event.action(),
				event.place(), event.details(), event.evidenceHashes()));
	}

	/** A call of the command centre's call-back (回访): which call, what it found, where the call-back stands. */
	@ApplicationModuleListener
	void on(CallBackRecorded event) {
		chain.append(new AuditChain.Content(event.at(), event.callerName(), "case:" + event.caseNumber(),
				"CALLBACK_" + event.outcome(), event.stationCode(), "attempt=" + event.attempt() + "; status="
						+ event.status() + "; by=" + event.calledBy() + (event.note() == null ? "" : "; notes=" + event.note()),
				List.of()));
	}
}
