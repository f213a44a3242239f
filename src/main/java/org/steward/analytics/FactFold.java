package org.steward.analytics;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseArrived;
import org.steward.cases.CaseAcknowledged;
import org.steward.cases.CaseDismissed;
import org.steward.cases.CaseEscalated;
import org.steward.cases.CaseEvent;
import org.steward.cases.CaseExtensionDecided;
import org.steward.cases.CaseExtensionRequested;
import org.steward.cases.CaseHandled;
import org.steward.cases.CaseMerged;
import org.steward.cases.CaseTransferred;
import org.steward.cases.CaseMergedFrom;
import org.steward.cases.CaseRated;
import org.steward.cases.CaseReassigned;
import org.steward.cases.CaseRegistered;
import org.steward.cases.CaseReviewed;
import org.steward.cases.CaseReworked;
import org.steward.cases.CaseSummary;
import org.steward.cases.CaseSupported;
import org.steward.cases.CaseVerified;
import org.steward.cases.DeadlineMissed;
import org.steward.cases.EscalationTarget;
import org.steward.cases.TimelineNote;

/**
 * Folds one case event into the case's fact. Order-insensitive: step times keep the first (report
 * for duty, arrival) or the last (handling, closing) seen, flags only turn on, the rework count
 * adds one per rework event, and the placement and status follow the event with the highest case
 * version, so concurrent listeners agree whatever order the events arrive in.
 */
final class FactFold {

	private FactFold() {
	}

	static CaseFact fold(@Nullable CaseFact before, CaseEvent event) {
		CaseSummary s = event.summary();
		CaseFact f = before != null ? before : fresh(s);
		boolean newer = s.version() >= f.eventVersion();
		long version = Math.max(s.version(), f.eventVersion());
		String status = newer ? s.status().name() : f.status();
		String squad = newer ? CaseFact.orUnknown(s.squadCode()) : f.squadCode();
		String station = newer ? CaseFact.orUnknown(s.stationCode()) : f.stationCode();
		String community = newer ? CaseFact.orUnknown(s.communityCode()) : f.communityCode();
		String grid = newer ? CaseFact.orUnknown(s.gridCode()) : f.gridCode();
		String category = newer ? s.categoryCode() : f.categoryCode();
		String nameZh = newer ? s.categoryNameZh() : f.categoryNameZh();
		String nameEn = newer ? s.categoryNameEn() : f.categoryNameEn();
		Instant ackBy = newer ? s.acknowledgeBy() : f.acknowledgeBy();
		Instant handleBy = newer ? s.handleBy() : f.handleBy();
		String department = f.department();
		String officer = f.officer();
		long officerVersion = f.officerVersion();
		String channel = f.channel();
		boolean viaCommand = f.viaCommandCentre();
		Instant firstAck = f.firstAckAt();
		Instant firstArrived = f.firstArrivedAt();
		Instant lastHandled = f.lastHandledAt();
		Instant lastClosed = f.lastClosedAt();
		int rework = f.reworkCount();
		boolean extended = f.extended();
		boolean missedHandle = f.missedHandle();
		String rating = f.rating();
		boolean reviewReworked = f.reviewReworked();
		Instant at = event.at();
		switch (event) {
			case CaseRegistered r -> {
				department = r.leadDepartment();
				channel = r.channel().name();
				viaCommand |= r.escalationReason() != null;
				if (s.version() >= officerVersion) {
					officer = routedOfficer(r.note());
					officerVersion = s.version();
				}
			}
			case CaseAcknowledged a -> firstAck = min(firstAck, at);
			case CaseArrived a -> firstArrived = min(firstArrived, at);
			case CaseHandled h -> lastHandled = max(lastHandled, at);
			case CaseVerified v -> lastClosed = max(lastClosed, at);
			case CaseReworked w -> {
				rework++;
				reviewReworked |= w.cause() == CaseReworked.Cause.REVIEW_FAILED;
			}
			case CaseEscalated e -> viaCommand |= e.target() == EscalationTarget.COMMAND_CENTRE;
			case CaseReassigned r -> {
				if (s.version() >= officerVersion) {
					officer = CaseFact.orUnknown(r.officerName());
					officerVersion = s.version();
				}
			}
			case CaseExtensionDecided d -> extended |= d.approved();
			case CaseRated r -> rating = r.rating().name();
			case DeadlineMissed m -> missedHandle |= m.deadline() == DeadlineMissed.Deadline.HANDLE;
			case CaseDismissed d -> {
			}
			case CaseMerged m -> {
			}
			case CaseTransferred t -> {
			}
			case CaseMergedFrom m -> {
			}
			case CaseExtensionRequested x -> {
			}
			case CaseReviewed r -> {
			}
			case CaseSupported x -> {
			}
		}
		return new CaseFact(s.caseNumber().value(), CaseFact.Source.CASE, version, s.registeredAt(), ackBy, handleBy,
				status, f.districtCode(), squad, station, community, grid, category, nameZh, nameEn, department, officer,
				officerVersion, channel, s.address() != null ? s.address() : f.address(), s.lat(), s.lng(), viaCommand, firstAck,
				firstArrived, lastHandled, lastClosed, rework, extended, missedHandle, rating, reviewReworked);
	}

	/** The fact before any event is folded in: version -1, so the first event's placement wins. */
	private static CaseFact fresh(CaseSummary s) {
		String districtCode = s.caseNumber().value().substring(0, 6);
		return new CaseFact(s.caseNumber().value(), CaseFact.Source.CASE, -1, s.registeredAt(), null, null,
				s.status().name(), districtCode, CaseFact.UNKNOWN, CaseFact.UNKNOWN, CaseFact.UNKNOWN, CaseFact.UNKNOWN,
				s.categoryCode(), s.categoryNameZh(), s.categoryNameEn(), CaseFact.UNKNOWN, CaseFact.UNKNOWN, -1,
				CaseFact.UNKNOWN, s.address(), s.lat(), s.lng(), false, null, null, null, null, 0, false, false, null,
				false);
	}

	/** The officer a registration routed the case to: the second argument of its ROUTED note. */
	private static String routedOfficer(TimelineNote note) {
		if (note.code() == TimelineNote.Code.ROUTED && note.args().size() > 1) {
			return CaseFact.orUnknown(note.args().get(1));
		}
		return CaseFact.UNKNOWN;
	}

	private static @Nullable Instant min(@Nullable Instant a, Instant b) {
		return a == null || b.isBefore(a) ? b : a;
	}

	private static @Nullable Instant max(@Nullable Instant a, Instant b) {
		return a == null || b.isAfter(a) ? b : a;
	}
}
