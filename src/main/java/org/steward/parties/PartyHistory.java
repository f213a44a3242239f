package org.steward.parties;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What another module recorded about a party (enforcement's measures and their cases; later
 * outreach attendance, inspections), shown on the party's page and in {@code GET
 * /api/v1/parties/{id}}. Modules that keep such records implement it as a bean; the registry
 * collects every implementation, so it depends on none of them.
 */
public interface PartyHistory {

	/** The entries for the party's page, in the order they happened. */
	List<Entry> entries(long partyId);

	/** Properties the API answer carries for the party (e.g. {@code measures}, {@code cases}). */
	Map<String, Object> details(long partyId);

	/**
	 * One line of a party's history: the case it belongs to (none for e.g. a legal-education session
	 * it attended), a message code naming what happened (e.g. {@code enforcement.measureType.WARNING}),
	 * when, its outcome and the document it produced.
	 */
	record Entry(@Nullable String caseNumber, String kindCode, Instant at, @Nullable String outcome,
			@Nullable String documentNumber, @Nullable String documentUrl) {
	}
}
