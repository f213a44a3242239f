package org.steward.cases;

import java.util.List;
import java.util.Optional;

import org.steward.territory.GeoPoint;

/**
 * The cases module's facade for other modules.
 *
 * <p>{@link #register} is the one command other modules send: intake calls it in the same
 * transaction that stores the report, so a report and its case are committed together (the
 * reporter's 201 answer carries the case number and deadlines) or not at all. See ADR 0003.
 */
public interface Cases {

	/** Registers and routes a report; idempotent per {@link NewReport#reportId()}. */
	RegisteredCase register(NewReport report);

	/**
	 * Adds a further report of the same problem to an open case ("add your voice"): raises its supporter count.
	 * The answer carries the supporter's own tracking code, not the reporter's.
	 */
	RegisteredCase addSupporter(CaseNumber openCase, NewReport report);

	/** Open cases of the category within {@code radiusMetres} of the point, registered in the last {@code hours}. */
	List<NearbyCase> openNear(String categoryCode, GeoPoint point, double radiusMetres, int hours);

	Optional<CaseSummary> summary(CaseNumber number);

	/**
	 * Whether the case is closed, unrated and its reporter left a phone — so the command centre should
	 * call back (回访). For listeners; says nothing of the phone itself.
	 */
	boolean awaitsCallBack(CaseNumber number);

	/**
	 * Closed, unrated cases whose reporter left a phone, a page at a time in case-number order after
	 * {@code after} (null: from the start): to fill the call-back queue with cases closed before it existed.
	 */
	List<CallBackCandidate> awaitingCallBack(@org.jspecify.annotations.Nullable CaseNumber after, int limit);

	/** A case to call back, and when it was closed. */
	record CallBackCandidate(CaseSummary summary, java.time.Instant closedAt) {
	}

	/** The problem of a case (category, place, description, photos) for a reader the calling module authorised. */
	Optional<CaseBrief> brief(CaseNumber number);

	/**
	 * The version of its category's rules a case was registered under: its limits and its
	 * responsibility matrix (lead and co-departments) as they stood then.
	 */
	Optional<org.steward.catalog.CategoryRulesId> rulesVersion(CaseNumber number);

	/**
	 * An open case near a new report.
	 *
	 * @param joinCode what the public offer names the case by, to join it: neither its reporter's tracking
	 *        code nor its (guessable) number
	 */
	record NearbyCase(CaseNumber caseNumber, String joinCode, String categoryCode, CaseStatus status,
			double distanceMetres, int supporters, java.time.Instant registeredAt) {
	}
}
