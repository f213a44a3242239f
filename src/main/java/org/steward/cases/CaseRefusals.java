package org.steward.cases;

import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.steward.refusal.Refusal;

/**
 * How the cases module says no: one named factory per refusal, each with its own message code in
 * {@code i18n/cases} (zh-CN and English) and its arguments. An illegal move names the case's
 * {@code currentStatus} and the {@code allowedActions} (enum names, as in the case detail); an action
 * blocked by other modules' open work lists it as {@code openWork}.
 */
public final class CaseRefusals {

	private CaseRefusals() {
	}

	// ------------------------------------------------------------ not found

	/** No case with this number or tracking code (or a text that is neither). */
	public static Refusal notFound(String numberOrCode) {
		return Refusal.notFound("cases.refused.notFound", numberOrCode);
	}

	/** The category needs a "before" photo taken on arrival (set by the administrator) and none came. */
	public static Refusal beforePhotoRequired() {
		return Refusal.invalid("photos", "cases.refused.arrive.beforePhotoRequired");
	}

	/** The category's handling needs an after-photo (set by the administrator) and none came. */
	public static Refusal afterPhotoRequired() {
		return Refusal.invalid("photos", "cases.refused.handle.afterPhotoRequired");
	}

	/** A "me too" supporter's tracking code follows the case but does not rate it: its reporter does. */
	public static Refusal onlyReporterRates() {
		return Refusal.forbidden("cases.refused.rating.onlyReporter");
	}

	/** The path names an action that does not exist. */
	public static Refusal noSuchAction(String action) {
		return Refusal.notFound("cases.refused.noSuchAction", action);
	}

	// ------------------------------------------------------------ forbidden

	/** The case exists but lies outside the caller's data scope. */
	public static Refusal outsideScope(CaseNumber number) {
		return Refusal.forbidden("cases.refused.outsideScope", number.value());
	}

	/** The caller's role may not take this action on this case. */
	public static Refusal roleMayNot(CaseAction action) {
		return Refusal.forbidden("cases.refused.roleMayNot", action(action));
	}

	/** A request without an active account behind it. */
	public static Refusal noAccount() {
		return Refusal.forbidden("cases.refused.noAccount");
	}

	// ------------------------------------------------------------ illegal moves

	/** The case's status does not allow the action; names the status and what the caller may do instead. */
	public static Refusal illegalMove(CaseAction action, CaseStatus current, Set<CaseAction> allowed) {
		return Refusal.illegalMove("cases.refused.illegalMove", action(action), status(current))
			.with("currentStatus", current)
			.with("allowedActions", allowed.stream().sorted().map(CaseAction::name).toList());
	}

	/** A rating of a case that is not closed, or a second rating; no action is allowed instead. */
	public static Refusal cannotRate(CaseStatus current, boolean alreadyRated) {
		Refusal refused = alreadyRated ? Refusal.illegalMove("cases.refused.alreadyRated")
				: Refusal.illegalMove("cases.refused.notClosedToRate", status(current));
		return refused.with("currentStatus", current).with("allowedActions", List.of());
	}

	/**
	 * The status allows the action but other modules' open work blocks it (see {@link CaseCloseGuard}):
	 * {@code openWork} lists each blocker, worded in the reader's language.
	 */
	public static Refusal blocked(CaseAction action, CaseStatus current, List<CaseCloseGuard.Blocker> blockers) {
		return Refusal.illegalMove("cases.refused.blocked", action(action), status(current))
			.with("currentStatus", current)
			.with("allowedActions", List.of())
			.with("openWork", List.copyOf(blockers));
	}

	// ------------------------------------------------------------ conflicts

	/** The client acted on an older version of the case than the stored one. */
	public static Refusal staleVersion(CaseNumber number, long version, long expected) {
		return Refusal.conflict("cases.refused.staleVersion", number.value(), version, expected)
			.with("currentVersion", version);
	}

	/** Someone else saved the case between reading and writing it. */
	public static Refusal changedMeanwhile(CaseNumber number) {
		return Refusal.conflict("cases.refused.changedMeanwhile", number.value());
	}

	// ------------------------------------------------------------ invalid fields

	/** An action's field left empty; its label is the action's own ({@code cases.field.<action>.<field>}) if it has one. */
	public static Refusal required(String field, CaseAction action) {
		MessageSourceResolvable label = new DefaultMessageSourceResolvable(
				new String[] { "cases.field." + action.path() + "." + field, "cases.field." + field }, null, field);
		return Refusal.invalid(field, "cases.refused.required", label);
	}

	public static Refusal unknownCategory(String categoryCode) {
		return Refusal.invalid("categoryCode", "cases.refused.unknownCategory", categoryCode);
	}

	public static Refusal arriveNeedsLocation() {
		return Refusal.invalid("location", "cases.refused.arriveLocation");
	}

	public static Refusal locationNeedsBoth() {
		return Refusal.invalid("location", "cases.refused.locationNeedsBoth");
	}

	public static Refusal workingDaysAtLeastOne() {
		return Refusal.invalid("workingDays", "cases.refused.workingDays");
	}

	public static Refusal workingDaysRange(int max) {
		return Refusal.invalid("workingDays", "cases.refused.workingDaysMax", max);
	}

	public static Refusal notACaseNumber(String target) {
		return Refusal.invalid("target", "cases.refused.notACaseNumber", target);
	}

	public static Refusal noSuchTargetCase(String target) {
		return Refusal.invalid("target", "cases.refused.noTargetCase", target);
	}

	public static Refusal mergeIntoItself() {
		return Refusal.invalid("target", "cases.refused.mergeSelf");
	}

	public static Refusal targetNotOpen(CaseNumber target, CaseStatus status) {
		return Refusal.invalid("target", "cases.refused.targetNotOpen", target.value(), status(status));
	}

	/** A further report for a case that has meanwhile been closed, rejected or merged. */
	public static Refusal noLongerOpen(CaseNumber number, CaseStatus status) {
		return Refusal.invalid("caseNumber", "cases.refused.noLongerOpen", number.value(), status(status));
	}

	public static Refusal noStationOrOfficer(String target) {
		return Refusal.invalid("target", "cases.refused.noStationOrOfficer", target);
	}

	public static Refusal noStation(String target) {
		return Refusal.invalid("target", "cases.refused.noStation", target);
	}

	public static Refusal reassignTarget() {
		return Refusal.invalid("target", "cases.refused.reassignTarget");
	}

	public static Refusal escalationTarget() {
		return Refusal.invalid("target", "cases.refused.escalationTarget");
	}

	public static Refusal ratingRequired() {
		return Refusal.invalid("rating", "cases.refused.ratingRequired");
	}

	public static Refusal commentTooLong(int max) {
		return Refusal.invalid("comment", "cases.refused.commentTooLong", max);
	}

	public static Refusal pageSize(int max) {
		return Refusal.invalid("size", "cases.refused.pageSize", max);
	}

	/** The case list's search text is longer than {@code max}. */
	public static Refusal keywordTooLong(int max) {
		return Refusal.invalid("q", "cases.refused.keywordTooLong", max);
	}

	/** The case list's search text holds control characters. */
	public static Refusal keywordNotPrintable() {
		return Refusal.invalid("q", "cases.refused.keywordNotPrintable");
	}

	/** A list position ({@code after} or {@code before}) that this list never wrote. */
	public static Refusal notACursor(String field) {
		return Refusal.invalid(field, "cases.refused.notACursor");
	}

	public static Refusal negativePage() {
		return Refusal.invalid("page", "cases.refused.negativePage");
	}

	public static Refusal unknownQueue(String queue) {
		return Refusal.invalid("queue", "cases.refused.unknownQueue", queue);
	}

	public static Refusal unknownStatus(String status) {
		return Refusal.invalid("status", "cases.refused.unknownStatus", status);
	}

	public static Refusal notADate(String field, String text) {
		return Refusal.invalid(field, "cases.refused.notADate", text);
	}

	private static MessageSourceResolvable action(CaseAction action) {
		return Refusal.term("cases.action." + action.path());
	}

	private static MessageSourceResolvable status(CaseStatus status) {
		return Refusal.term("cases.status." + status.name());
	}
}
