package org.steward.enforcement;

import java.time.Instant;

/**
 * Education a party already received outside enforcement's own measures — e.g. a legal-education
 * session it attended on the rule of a category. The ladder reads it: a party educated on the rule
 * is no longer a "first" violation for it (首违不罚 presumes the party had not been taught the rule).
 * Modules that record such education implement it as a bean; enforcement depends on none of them.
 */
public interface PriorEducation {

	/** Whether the party was educated on the rule of {@code categoryCode} at or after {@code since}. */
	boolean educatedOn(long partyId, String categoryCode, Instant since);
}
