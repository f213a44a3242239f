package org.steward.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.steward.catalog.CategoryRules;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.Urgency;
import org.steward.territory.GeoPoint;

/**
 * The case aggregate. Each lifecycle step is a method that refuses a move the current status
 * does not allow ({@link CaseRefusals#illegalMove}); who may take a step is decided apart, by
 * {@link CaseAuthority}, and deadlines are computed by the caller (they need the calendar), so
 * this class holds only the rules of the lifecycle itself.
 */
final class Case {

	/** Who a case was escalated to. */
	static final String SQUAD = "SQUAD";

	static final String COMMAND_CENTRE = "COMMAND_CENTRE";

	/** A step waiting to be written to the timeline; {@code actor} is the username, kept for the record, never shown. */
	record Step(Instant at, CaseStep action, @Nullable String actor, @Nullable String actorName,
			@Nullable CaseStatus from, CaseStatus to, TimelineNote note, @Nullable GeoPoint location,
			List<Evidence> evidence) {
	}

	/** How a step's event is made once the case's summary after the step is known. */
	@FunctionalInterface
	interface Happening {

		CaseEvent of(CaseNumber number, Instant at, @Nullable String actor, CaseSummary summary, TimelineNote note);
	}

	/** An event waiting for the step to be stored: published by the service with the summary after it. */
	record Pending(Step step, Happening happening) {

		CaseEvent with(CaseNumber number, CaseSummary summary) {
			return happening.of(number, step.at(), step.actorName(), summary, step.note());
		}
	}

	/** Where a case is routed: a station (with deadlines) or, without one, a queue above. */
	record Assignment(@Nullable String stationCode, @Nullable String squadCode, @Nullable String officerCode,
			@Nullable String officerName, @Nullable Instant acknowledgeBy, @Nullable Instant handleBy) {
	}

	@Nullable Long id;
	CaseNumber number;
	TrackingCode trackingCode;
	long reportId;
	CaseStatus status;
	String categoryCode;
	CategoryRulesId rulesId;
	String leadDepartment;
	Urgency urgency;
	GeoPoint location;
	@Nullable String address;
	String districtCode;
	@Nullable String gridCode;
	@Nullable String communityCode;
	@Nullable String streetCode;
	@Nullable String stationCode;
	@Nullable String squadCode;
	@Nullable String assignedOfficerCode;
	@Nullable String assignedOfficerName;
	@Nullable String reporterName;
	@Nullable String reporterPhone;
	Channel channel;
	@Nullable String submittedBy;
	String description;
	int supporters = 1;
	int reworkCount;
	@Nullable String escalatedTo;
	@Nullable String escalationReason;
	@Nullable String rejectReason;
	@Nullable String handleResult;
	@Nullable CaseNumber mergedInto;
	@Nullable String transferredTo;
	@Nullable String transferReason;
	@Nullable Integer extensionDays;
	@Nullable String extensionReason;
	@Nullable Instant extensionRequestedUntil;
	boolean reviewPending;
	@Nullable Rating rating;
	@Nullable String ratingComment;
	@Nullable Instant ratedAt;
	Instant reportedAt;
	@Nullable Instant acknowledgedAt;
	@Nullable Instant arrivedAt;
	@Nullable Instant handledAt;
	@Nullable Instant closedAt;
	@Nullable Instant acknowledgeBy;
	@Nullable Instant handleBy;
	int escalationLevel;
	@Nullable Instant overdueSince;
	long version;
	Instant createdAt;
	List<Evidence> photos = List.of();

	/** Set when a step gives the case new deadlines, so the sweep's alert ladder starts again. */
	boolean deadlinesRenewed;

	final List<Step> newSteps = new ArrayList<>();

	final List<Pending> newEvents = new ArrayList<>();

	/** Loaded by {@link CaseStore}, which fills the fields; a new case comes from {@link #register}. */
	@SuppressWarnings("NullAway.Init")
	Case() {
	}

	/**
	 * A new case for a report, routed as {@code route} says: dispatched to a station with its deadlines, or
	 * (outside the service area) escalated to the command centre with the route's reason. Not stored yet.
	 */
	static Case register(CaseNumber number, TrackingCode trackingCode, NewReport report, CategoryRules rules,
			RoutingPolicy.Route route, String districtCode, Instant now) {
		Case c = new Case();
		c.number = number;
		c.trackingCode = trackingCode;
		c.reportId = report.reportId();
		c.status = route.status();
		c.categoryCode = rules.code();
		c.rulesId = rules.id();
		c.leadDepartment = rules.responsibility().leadDepartment();
		c.urgency = report.urgency();
		c.location = report.location();
		c.address = report.address();
		c.districtCode = districtCode;
		if (route.location() != null) {
			c.gridCode = route.location().grid().code();
			c.communityCode = route.location().community().code();
			c.streetCode = route.location().street().code();
		}
		c.stationCode = route.station() == null ? null : route.station().code();
		c.squadCode = route.squadCode();
		c.assignedOfficerCode = route.officerCode();
		c.assignedOfficerName = route.officerName();
		if (report.reporter() != null) {
			c.reporterName = report.reporter().name();
			c.reporterPhone = report.reporter().phone();
		}
		c.channel = report.channel();
		c.submittedBy = report.submittedBy();
		c.description = report.description();
		c.reportedAt = report.receivedAt();
		c.createdAt = now;
		c.acknowledgeBy = route.acknowledgeBy();
		c.handleBy = route.handleBy();
		if (!route.dispatched()) {
			c.escalatedTo = COMMAND_CENTRE;
			c.escalationReason = route.escalationReason();
		}
		c.photos = report.photos();
		return c;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Case " + number + " is not stored yet");
		}
		return id;
	}

	/** The actions the lifecycle allows in the current state, whoever asks. */
	Set<CaseAction> possibleActions() {
		EnumSet<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		switch (status) {
			case DISPATCHED -> actions.addAll(EnumSet.of(CaseAction.ACKNOWLEDGE, CaseAction.ESCALATE,
					CaseAction.REASSIGN, CaseAction.REJECT, CaseAction.MERGE, CaseAction.TRANSFER));
			case ACKNOWLEDGED -> actions.addAll(EnumSet.of(CaseAction.ARRIVE, CaseAction.ESCALATE, CaseAction.REASSIGN,
					CaseAction.REJECT, CaseAction.MERGE, CaseAction.TRANSFER));
			case ON_SITE -> actions.addAll(EnumSet.of(CaseAction.HANDLE, CaseAction.ESCALATE, CaseAction.REASSIGN,
					CaseAction.MERGE, CaseAction.TRANSFER));
			case HANDLED -> actions.add(CaseAction.VERIFY);
			case ESCALATED -> actions.addAll(EnumSet.of(CaseAction.REASSIGN, CaseAction.REJECT, CaseAction.MERGE,
					CaseAction.TRANSFER));
			case CLOSED -> {
				if (reviewPending) {
					actions.add(CaseAction.REVIEW);
				}
			}
			case REJECTED, MERGED, TRANSFERRED -> {
			}
		}
		if (isWorkedOn() && handleBy != null) {
			actions.add(extensionRequestedUntil == null ? CaseAction.EXTEND : CaseAction.APPROVE_EXTENSION);
		}
		return actions;
	}

	/** Open means someone still has to act: not closed, rejected, merged or transferred out. */
	boolean isOpen() {
		return status != CaseStatus.CLOSED && status != CaseStatus.REJECTED && status != CaseStatus.MERGED
				&& status != CaseStatus.TRANSFERRED;
	}

	/** The handling clock is running at a station. */
	private boolean isWorkedOn() {
		return status == CaseStatus.DISPATCHED || status == CaseStatus.ACKNOWLEDGED || status == CaseStatus.ON_SITE;
	}

	/** Past the deadline that applies now: acknowledgement while dispatched, handling until handled. */
	boolean isOverdue(Instant now) {
		Instant due = dueAt();
		return due != null && now.isAfter(due);
	}

	@Nullable Instant dueAt() {
		if (!isWorkedOn()) {
			return null;
		}
		if (status == CaseStatus.DISPATCHED && acknowledgeBy != null
				&& (handleBy == null || acknowledgeBy.isBefore(handleBy))) {
			return acknowledgeBy;
		}
		return handleBy;
	}

	void acknowledge(Actor actor, @Nullable String notes, Instant now) {
		require(CaseAction.ACKNOWLEDGE);
		acknowledgedAt = now;
		move(CaseStep.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, actor, TimelineNote.text(notes), null, List.of(), now,
				CaseAcknowledged::new);
	}

	void arrive(Actor actor, GeoPoint where, @Nullable String notes, List<Evidence> evidence, Instant now) {
		require(CaseAction.ARRIVE);
		arrivedAt = now;
		move(CaseStep.ARRIVE, CaseStatus.ON_SITE, actor, TimelineNote.text(notes), where, evidence, now,
				(n, at, a, s, note) -> new CaseArrived(n, at, a, s, note, where, hashes(evidence)));
	}

	void handle(Actor actor, String result, @Nullable String notes, @Nullable GeoPoint where, List<Evidence> evidence,
			Instant now) {
		require(CaseAction.HANDLE);
		handleResult = result;
		handledAt = now;
		move(CaseStep.HANDLE, CaseStatus.HANDLED, actor, TimelineNote.text(join(result, notes)), where, evidence, now,
				(n, at, a, s, note) -> new CaseHandled(n, at, a, s, note, result, where, hashes(evidence)));
	}

	/** Passed closes the case; failed sends it back to the officers as rework (返工). */
	void verify(Actor actor, boolean passed, @Nullable String notes, Instant now) {
		require(CaseAction.VERIFY);
		if (passed) {
			closedAt = now;
			move(CaseStep.VERIFY, CaseStatus.CLOSED, actor, TimelineNote.text(notes), null, List.of(), now,
					CaseVerified::new);
		}
		else {
			reworkCount++;
			handledAt = null;
			arrivedAt = null;
			move(CaseStep.REWORK, CaseStatus.ACKNOWLEDGED, actor, TimelineNote.text(notes), null, List.of(), now,
					(n, at, a, s, note) -> new CaseReworked(n, at, a, s, note, CaseReworked.Cause.VERIFICATION_FAILED));
		}
	}

	void reject(Actor actor, String reason, Instant now) {
		require(CaseAction.REJECT);
		rejectReason = reason;
		extensionRequestedUntil = null;
		move(CaseStep.REJECT, CaseStatus.REJECTED, actor, TimelineNote.text(reason), null, List.of(), now,
				(n, at, a, s, note) -> new CaseDismissed(n, at, a, s, note, reason));
	}

	/**
	 * Sends the case up with a reason; it leaves the station's hands, so the station keeps it in
	 * view (data scope) but only the squad or command centre acts on it next.
	 */
	void escalate(Actor actor, String target, String reason, Instant now) {
		require(CaseAction.ESCALATE);
		if (!SQUAD.equals(target) && !COMMAND_CENTRE.equals(target)) {
			throw CaseRefusals.escalationTarget();
		}
		escalatedTo = target;
		escalationReason = reason;
		extensionRequestedUntil = null;
		EscalationTarget to = EscalationTarget.valueOf(target);
		move(CaseStep.ESCALATE, CaseStatus.ESCALATED, actor,
				TimelineNote.of(TimelineNote.Code.ESCALATED, to).withText(reason), null, List.of(), now,
				(n, at, a, s, note) -> new CaseEscalated(n, at, a, s, note, to, reason));
	}

	/**
	 * Transfers the case out (转办) to a body outside the stations: it is not ours to handle (outside the
	 * service area, another body's duty). The case leaves every queue; a handled or closed case is past
	 * that point and is refused. A pending extension request dies with it.
	 */
	void transfer(Actor actor, String body, String reason, Instant now) {
		require(CaseAction.TRANSFER);
		String to = body.strip();
		CaseStatus from = status;
		transferredTo = to;
		transferReason = reason;
		extensionRequestedUntil = null;
		move(CaseStep.TRANSFER, CaseStatus.TRANSFERRED, actor, TimelineNote.of(TimelineNote.Code.TRANSFERRED, to).withText(reason),
				null, List.of(), now, (n, at, a, s, note) -> new CaseTransferred(n, at, a, s, note, to, reason, from));
	}

	/** Routes the case anew to a station and officer; the case is dispatched again with the given deadlines. */
	void reassign(Actor actor, Assignment to, String reason, Instant now) {
		require(CaseAction.REASSIGN);
		if (to.stationCode() == null) {
			throw CaseRefusals.reassignTarget();
		}
		stationCode = to.stationCode();
		squadCode = to.squadCode();
		assignedOfficerCode = to.officerCode();
		assignedOfficerName = to.officerName();
		acknowledgeBy = to.acknowledgeBy();
		handleBy = to.handleBy();
		escalatedTo = null;
		extensionRequestedUntil = null;
		acknowledgedAt = null;
		arrivedAt = null;
		deadlinesRenewed = true;
		String station = to.stationCode();
		move(CaseStep.REASSIGN, CaseStatus.DISPATCHED, actor,
				TimelineNote.of(TimelineNote.Code.ROUTED, station, to.officerName()).withText(reason), null, List.of(),
				now, (n, at, a, s, note) -> new CaseReassigned(n, at, a, s, note, station, to.officerName(), reason));
	}

	/**
	 * Marks this case a duplicate of {@code target}, which takes over its supporters. Both sides
	 * are recorded: this case says where it went, the target counts and lists the merged reports.
	 */
	void mergeInto(Actor actor, Case target, Instant now) {
		require(CaseAction.MERGE);
		if (target.number.equals(number)) {
			throw CaseRefusals.mergeIntoItself();
		}
		if (!target.isOpen() || target.status == CaseStatus.HANDLED) {
			throw CaseRefusals.targetNotOpen(target.number, target.status);
		}
		mergedInto = target.number;
		extensionRequestedUntil = null;
		target.supporters += supporters;
		CaseNumber from = number;
		int brought = supporters;
		target.stay(CaseStep.MERGED_FROM, actor, TimelineNote.of(TimelineNote.Code.MERGED_FROM, from, brought), now,
				(n, at, a, s, note) -> new CaseMergedFrom(n, at, a, s, note, from, brought));
		CaseNumber into = target.number;
		move(CaseStep.MERGE, CaseStatus.MERGED, actor, TimelineNote.of(TimelineNote.Code.MERGED_INTO, into), null,
				List.of(), now, (n, at, a, s, note) -> new CaseMerged(n, at, a, s, note, into));
	}

	/** Asks for {@code workingDays} more; {@code until} is the handling deadline the request would set. */
	void requestExtension(Actor actor, int workingDays, String reason, Instant until, Instant now) {
		require(CaseAction.EXTEND);
		if (workingDays <= 0) {
			throw CaseRefusals.workingDaysAtLeastOne();
		}
		extensionDays = workingDays;
		extensionReason = reason;
		extensionRequestedUntil = until;
		stay(CaseStep.EXTEND, actor, TimelineNote.of(TimelineNote.Code.EXTENSION_REQUESTED, workingDays).withText(reason),
				now, (n, at, a, s, note) -> new CaseExtensionRequested(n, at, a, s, note, workingDays, until, reason));
	}

	/** Approval moves the handling deadline; refusal keeps it. Either way the request is settled. */
	void decideExtension(Actor actor, boolean approved, @Nullable String notes, Instant now) {
		require(CaseAction.APPROVE_EXTENSION);
		if (approved) {
			handleBy = extensionRequestedUntil;
			deadlinesRenewed = true;
		}
		extensionRequestedUntil = null;
		stay(approved ? CaseStep.EXTENSION_APPROVED : CaseStep.EXTENSION_REFUSED, actor, TimelineNote.text(notes), now,
				(n, at, a, s, note) -> new CaseExtensionDecided(n, at, a, s, note, approved));
	}

	/** A resident's rating: once, and only of a closed case. DISSATISFIED asks the squad leader to review it. */
	void rate(Rating given, @Nullable String comment, Instant now) {
		if (status != CaseStatus.CLOSED || rating != null) {
			throw CaseRefusals.cannotRate(status, rating != null);
		}
		rating = given;
		ratingComment = comment;
		ratedAt = now;
		reviewPending = given == Rating.DISSATISFIED;
		stay(CaseStep.RATED, null, TimelineNote.of(TimelineNote.Code.RATED, given), now,
				(n, at, a, s, note) -> new CaseRated(n, at, a, s, note, given));
	}

	/**
	 * The reporter's answer on the command centre's call-back (回访): the same rating as one given
	 * online — once, only of a closed case, DISSATISFIED asks the squad leader to review it — but
	 * taken by the operator, who is named.
	 */
	void rateOnCallBack(Actor caller, Rating given, int attempt, @Nullable String comment, Instant now) {
		if (status != CaseStatus.CLOSED || rating != null) {
			throw CaseRefusals.cannotRate(status, rating != null);
		}
		rating = given;
		ratingComment = comment;
		ratedAt = now;
		reviewPending = given == Rating.DISSATISFIED;
		stay(CaseStep.RATED, caller, TimelineNote.of(TimelineNote.Code.RATED_BY_CALL_BACK, given, attempt).withText(comment),
				now, (n, at, a, s, note) -> new CaseRated(n, at, a, s, note, given, CaseRated.Via.CALL_BACK));
	}

	/** The squad leader's review of a dissatisfied rating: passed keeps the case closed, failed reopens it for rework. */
	void review(Actor actor, boolean passed, @Nullable String notes, Assignment rework, Instant now) {
		require(CaseAction.REVIEW);
		reviewPending = false;
		if (passed) {
			stay(CaseStep.REVIEW_PASSED, actor, TimelineNote.text(notes), now, CaseReviewed::new);
			return;
		}
		reworkCount++;
		closedAt = null;
		handledAt = null;
		arrivedAt = null;
		handleBy = rework.handleBy();
		deadlinesRenewed = true;
		move(CaseStep.REVIEW_REWORK, CaseStatus.ACKNOWLEDGED, actor, TimelineNote.text(notes), null, List.of(), now,
				(n, at, a, s, note) -> new CaseReworked(n, at, a, s, note, CaseReworked.Cause.REVIEW_FAILED));
	}

	/** Adds the voice of a further report of the same problem. */
	void addSupporter(long supporterReportId, Instant now) {
		if (!isOpen()) {
			throw CaseRefusals.noLongerOpen(number, status);
		}
		supporters++;
		stay(CaseStep.SUPPORTED, null, TimelineNote.of(TimelineNote.Code.SUPPORTED, supporterReportId), now,
				(n, at, a, s, note) -> new CaseSupported(n, at, a, s, note, supporterReportId));
	}

	private void require(CaseAction action) {
		if (!possibleActions().contains(action)) {
			throw CaseRefusals.illegalMove(action, status, possibleActions());
		}
	}

	private void move(CaseStep action, CaseStatus to, @Nullable Actor actor, TimelineNote note,
			@Nullable GeoPoint where, List<Evidence> evidence, Instant now, Happening happening) {
		Step step = new Step(now, action, actor == null ? null : actor.username(),
				actor == null ? null : actor.displayName(), status, to, note, where, evidence);
		newSteps.add(step);
		newEvents.add(new Pending(step, happening));
		status = to;
	}

	private void stay(CaseStep action, @Nullable Actor actor, TimelineNote note, Instant now, Happening happening) {
		move(action, status, actor, note, null, List.of(), now, happening);
	}

	/** Records a step the service takes on the aggregate's behalf (registration). */
	void record(Step step, Happening happening) {
		newSteps.add(step);
		newEvents.add(new Pending(step, happening));
	}

	private static List<String> hashes(List<Evidence> evidence) {
		return evidence.stream().map(Evidence::sha256).toList();
	}

	private static String join(String result, @Nullable String notes) {
		return notes == null || notes.isBlank() ? result : result + " — " + notes;
	}

	/** Who takes a step, as the timeline records it. */
	record Actor(String username, String displayName) {
	}
}
