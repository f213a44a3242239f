package org.steward.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The registered parties a planned session is for were invited, once per session and day, a few
 * days ahead ({@code steward.outreach.invite-days-ahead}): those of the session's (or slot's) saved
 * party query, else the station's registered parties of the session's audience. Each invitee is a
 * contact person with the phone the registry holds.
 */
public record SessionInvited(String stationCode, LocalDate date, LocalTime time, String topic, @Nullable String place,
		List<Invitee> invitees, @Nullable Long slotId, @Nullable Long sessionId, Instant at) {

	public SessionInvited {
		invitees = List.copyOf(invitees);
	}

	/** One contact of an invited party. */
	public record Invitee(long partyId, String partyName, String contactName, String phone) {
	}
}
