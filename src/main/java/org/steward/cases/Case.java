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

	/** A step waiting to be written to the timeline. */
	record Step(Instant at, String action, @Nullable String actor, @Nullable String actorName,
			@Nullable CaseStatus from, CaseStatus to, @Nullable String notes, @Nullable GeoPoint location,
			List<Evidence> evidence) {
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
					CaseAction.REASSIGN, CaseAction.REJECT, CaseAction.MERGE));
			case ACKNOWLEDGED -> actions.addAll(EnumSet.of(CaseAction.ARRIVE, CaseAction.ESCALATE, CaseAction.REASSIGN,
					CaseAction.REJECT, CaseAction.MERGE));
			case ON_SITE -> actions.addAll(EnumSet.of(CaseAction.HANDLE, CaseAction.ESCALATE, CaseAction.REASSIGN,
					CaseAction.MERGE));
			case HANDLED -> actions.add(CaseAction.VERIFY);
			case ESCALATED -> actions.addAll(EnumSet.of(CaseAction.REASSIGN, CaseAction.REJECT, CaseAction.MERGE));
			case CLOSED -> {
				if (reviewPending) {
					actions.add(CaseAction.REVIEW);
				}
			}
			case REJECTED, MERGED -> {
			}
		}
		if (isWorkedOn() && handleBy != null) {
			actions.add(extensionRequestedUntil == null ? CaseAction.EXTEND : CaseAction.APPROVE_EXTENSION);
		}
		return actions;
	}

	/** Open means someone still has to act: not closed, rejected or merged. */
	boolean isOpen() {
		return status != CaseStatus.CLOSED && status != CaseStatus.REJECTED && status != CaseStatus.MERGED;
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
		move(CaseAction.ACKNOWLEDGE.name(), CaseStatus.ACKNOWLEDGED, actor, notes, null, List.of(), now);
	}

	void arrive(Actor actor, GeoPoint where, @Nullable String notes, List<Evidence> evidence, Instant now) {
		require(CaseAction.ARRIVE);
		arrivedAt = now;
		move(CaseAction.ARRIVE.name(), CaseStatus.ON_SITE, actor, notes, where, evidence, now);
	}

	void handle(Actor actor, String result, @Nullable String notes, @Nullable GeoPoint where, List<Evidence> evidence,
			Instant now) {
		require(CaseAction.HANDLE);
		handleResult = result;
		handledAt = now;
		move(CaseAction.HANDLE.name(), CaseStatus.HANDLED, actor, join(result, notes), where, evidence, now);
	}

	/** Passed closes the case; failed sends it back to the officers as rework (返工). */
	void verify(Actor actor, boolean passed, @Nullable String notes, Instant now) {
		require(CaseAction.VERIFY);
		if (passed) {
			closedAt = now;
			move(CaseAction.VERIFY.name(), CaseStatus.CLOSED, actor, notes, null, List.of(), now);
		}
		else {
			reworkCount++;
			handledAt = null;
			arrivedAt = null;
			move("REWORK", CaseStatus.ACKNOWLEDGED, actor, notes, null, List.of(), now);
		}
	}

	void reject(Actor actor, String reason, Instant now) {
		require(CaseAction.REJECT);
		rejectReason = reason;
		extensionRequestedUntil = null;
		move(CaseAction.REJECT.name(), CaseStatus.REJECTED, actor, reason, null, List.of(), now);
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
		move(CaseAction.ESCALATE.name(), CaseStatus.ESCALATED, actor, target + ": " + reason, null, List.of(), now);
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
		String notes = "→ " + to.stationCode() + (to.officerName() == null ? "" : " / " + to.officerName()) + ": "
				+ reason;
		move(CaseAction.REASSIGN.name(), CaseStatus.DISPATCHED, actor, notes, null, List.of(), now);
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
		target.newSteps.add(new Step(now, "MERGED_FROM", actor.username(), actor.displayName(), target.status,
				target.status, number + " (+" + supporters + ")", null, List.of()));
		move(CaseAction.MERGE.name(), CaseStatus.MERGED, actor, "→ " + target.number, null, List.of(), now);
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
		stay("EXTEND", actor, "+" + workingDays + " working days: " + reason, now);
	}

	/** Approval moves the handling deadline; refusal keeps it. Either way the request is settled. */
	void decideExtension(Actor actor, boolean approved, @Nullable String notes, Instant now) {
		require(CaseAction.APPROVE_EXTENSION);
		if (approved) {
			handleBy = extensionRequestedUntil;
			deadlinesRenewed = true;
		}
		extensionRequestedUntil = null;
		stay(approved ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", actor, notes, now);
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
		stay("RATED", null, given.name(), now);
	}

	/** The squad leader's review of a dissatisfied rating: passed keeps the case closed, failed reopens it for rework. */
	void review(Actor actor, boolean passed, @Nullable String notes, Assignment rework, Instant now) {
		require(CaseAction.REVIEW);
		reviewPending = false;
		if (passed) {
			stay("REVIEW_PASSED", actor, notes, now);
			return;
		}
		reworkCount++;
		closedAt = null;
		handledAt = null;
		arrivedAt = null;
		handleBy = rework.handleBy();
		deadlinesRenewed = true;
		move("REVIEW_REWORK", CaseStatus.ACKNOWLEDGED, actor, notes, null, List.of(), now);
	}

	/** Adds the voice of a further report of the same problem. */
	void addSupporter(long supporterReportId, Instant now) {
		if (!isOpen()) {
			throw CaseRefusals.noLongerOpen(number, status);
		}
		supporters++;
		stay("SUPPORTED", null, "report " + supporterReportId, now);
	}

	private void require(CaseAction action) {
		if (!possibleActions().contains(action)) {
			throw CaseRefusals.illegalMove(action, status, possibleActions());
		}
	}

	private void move(String action, CaseStatus to, @Nullable Actor actor, @Nullable String notes,
			@Nullable GeoPoint where, List<Evidence> evidence, Instant now) {
		newSteps.add(new Step(now, action, actor == null ? null : actor.username(),
				actor == null ? null : actor.displayName(), status, to, notes, where, evidence));
		status = to;
	}

	private void stay(String action, @Nullable Actor actor, @Nullable String notes, Instant now) {
		move(action, status, actor, notes, null, List.of(), now);
	}

	private static String join(String result, @Nullable String notes) {
		return notes == null || notes.isBlank() ? result : result + " — " + notes;
	}

	/** Who takes a step, as the timeline records it. */
	record Actor(String username, String displayName) {
	}
}
