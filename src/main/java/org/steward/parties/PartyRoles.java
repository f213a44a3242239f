package org.steward.parties;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

import jakarta.servlet.http.HttpServletResponse;

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

	/** The refusal page (403) in the reader's language. */
	static String refused(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("what", "parties");
		return "parties/refused";
	}
}
