package org.steward.audit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseChanged;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseQueries;
import org.steward.cases.Evidence;
import org.steward.cases.TimelineEntry;
import org.steward.enforcement.EnforcementRecordMade;
import org.steward.enforcement.EnforcementRuleChanged;
import org.steward.enforcement.MeasureRecorded;
import org.steward.enforcement.PenaltyStepRecorded;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;

/**
 * Appends every case action and every measure to the chain. Runs after the change committed
 * (through the event publication registry, so a crash before the append is retried on restart)
 * and reads the case back district-wide, because no user is signed in here.
 */
@Component
class AuditListener {

	private final AuditChain chain;

	private final CaseQueries cases;

	AuditListener(AuditChain chain, CaseQueries cases) {
		this.chain = chain;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(CaseChanged event) {
		TimelineEntry entry = timelineEntry(event);
		String actor = entry == null || entry.actor() == null ? "system" : entry.actor();
		String place = entry == null || entry.location() == null ? event.stationCode()
				: entry.location().lat() + "," + entry.location().lng();
		String details = "status=" + event.status() + (event.stationCode() == null ? "" : "; station=" + event.stationCode())
				+ (entry == null || entry.notes() == null ? "" : "; notes=" + entry.notes());
		List<String> evidence = entry == null ? List.of() : entry.evidence().stream().map(Evidence::sha256).toList();
		chain.append(new AuditChain.Content(event.at(), actor, "case:" + event.caseNumber().value(),
				"CASE_" + event.change(), place, details, evidence));
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

	/**
	 * The timeline entry the change refers to: the latest one of the same action at or before
	 * the event. The database keeps microseconds and may round up, so "before" allows a
	 * millisecond.
	 */
	private @Nullable TimelineEntry timelineEntry(CaseChanged event) {
		// a case number starts with its district's code, so the reader's scope follows from it
		String district = event.caseNumber().value().substring(0, 6);
		CurrentUser recorder = new CurrentUser("audit", "whole-process record", Set.of(Role.COMMAND_CENTRE),
				new DataScope.District(district));
		try {
			CaseDetail detail = cases.detail(event.caseNumber(), recorder);
			Instant latest = event.at().plusMillis(1);
			List<TimelineEntry> earlier = detail.timeline().stream().filter(t -> !t.at().isAfter(latest)).toList();
			return earlier.stream()
				.filter(t -> t.action().equals(event.change()))
				.max(Comparator.comparing(TimelineEntry::at))
				.or(() -> earlier.stream().max(Comparator.comparing(TimelineEntry::at)))
				.orElse(null);
		}
		catch (org.steward.refusal.Refusal ex) {
			return null;
		}
	}
}
