package org.steward.outreach;

import org.steward.parties.PartyType;

/** Whom a slot or session is for. */
public enum Audience {
	MERCHANTS, PROPERTY_MANAGERS, RESIDENTS, ORGANISATIONS, SCHOOLS;

	/** The audience a registered party belongs to, for coverage by type. */
	static Audience of(PartyType type) {
		return switch (type) {
			case MERCHANT -> MERCHANTS;
			case PROPERTY_MANAGEMENT -> PROPERTY_MANAGERS;
			case ORGANISATION -> ORGANISATIONS;
			case RESIDENTIAL_COMPOUND, COMMUNITY_COMMITTEE -> RESIDENTS;
		};
	}
}
