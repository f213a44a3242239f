package org.steward.parties;

import java.util.Set;

import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * Who keeps the registry: enforcement officers, station heads, squad leaders, the command centre
 * and administrators (who import it). Everyone signed in may read it.
 */
public final class PartyRoles {

	static final Set<Role> PARTY_REGISTRARS = Set.of(Role.OFFICER, Role.STATION_HEAD, Role.SQUAD_LEADER,
			Role.COMMAND_CENTRE, Role.ADMIN);

	private PartyRoles() {
	}

	/** Whether the user may register parties (pages of other modules offer the link only then). */
	public static boolean registersParties(CurrentUser user) {
		return user.roles().stream().anyMatch(PARTY_REGISTRARS::contains);
	}

	/** Registering is not the reader's role (403, worded on the error page or in the API's problem). */
	static Refusal registrarsOnly() {
		return Refusal.forbidden("parties.refused.registrarsOnly");
	}
}
