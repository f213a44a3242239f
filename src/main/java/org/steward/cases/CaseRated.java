package org.steward.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A resident rated the closed case; DISSATISFIED asks the squad leader to review it. Online ratings
 * have no actor (residents are not named); a rating given on the command centre's call-back (回访)
 * names the operator who called and says so in {@link #via()}.
 */
public record CaseRated(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary,
		TimelineNote note, Rating rating, Via via) implements CaseEvent {

	/** How the resident's answer reached the case. */
	public enum Via {
		/** The reporter rated with their tracking code (page or API). */
		ONLINE,
		/** The command centre called the reporter back and recorded the answer. */
		CALL_BACK
	}

	/** An online rating. */
	public CaseRated(CaseNumber caseNumber, Instant at, @Nullable String actor, CaseSummary summary, TimelineNote note,
			Rating rating) {
		this(caseNumber, at, actor, summary, note, rating, Via.ONLINE);
	}

	@Override
	public CaseStep step() {
		return CaseStep.RATED;
	}
}
