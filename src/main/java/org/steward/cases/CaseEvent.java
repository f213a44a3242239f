package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a case: one event per step of its lifecycle, published in the step's
 * transaction through the event publication registry (consume it with
 * {@code @ApplicationModuleListener}). Each carries what its consumers need so that none reads
 * the case back: the case as a board row shows it after the step ({@link #summary()}), who took
 * the step by display name, the timeline note as a code with arguments, and the step's own facts.
 * Switch over the sealed type to tell the steps apart.
 */
public sealed interface CaseEvent permits CaseRegistered, CaseAcknowledged, CaseArrived, CaseHandled, CaseVerified,
		CaseReworked, CaseReviewed, CaseDismissed, CaseEscalated, CaseReassigned, CaseMerged, CaseMergedFrom,
		CaseExtensionRequested, CaseExtensionDecided, CaseRated, CaseSupported, DeadlineMissed, CaseTransferred {

	CaseNumber caseNumber();

	Instant at();

	/** The display name of who took the step; null for a resident or the system. Never a username. */
	@Nullable String actor();

	/** The case after the step, as boards and lists show it. */
	CaseSummary summary();

	/** The timeline's note of the step. */
	TimelineNote note();

	/** The kind of step, as the timeline records it. */
	CaseStep step();
}
