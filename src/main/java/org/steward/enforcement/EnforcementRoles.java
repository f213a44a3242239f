package org.steward.enforcement;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may do what in enforcement, for the pages that offer it and the handlers that refuse it.
 * Recording measures and investigation records is the enforcement officers' work (officers,
 * station heads, squad leaders, the command centre); community staff, department liaisons and
 * other staff may read what their case scope shows but are neither offered nor allowed the forms.
 * The registry of parties is kept by the same people and by administrators (who import it).
 */
final class EnforcementRoles {

	static final Set<Role> PARTY_REGISTRARS = Set.of(Role.OFFICER, Role.STATION_HEAD, Role.SQUAD_LEADER,
			Role.COMMAND_CENTRE, Role.ADMIN);

	private EnforcementRoles() {
	}

	static boolean records(CurrentUser user) {
		return user.roles().stream().anyMatch(Measures.ENFORCERS::contains);
	}

	static boolean registersParties(CurrentUser user) {
		return user.roles().stream().anyMatch(PARTY_REGISTRARS::contains);
	}

	/** The refusal page (403) in the reader's language, naming what the role may not do. */
	static String refused(String what, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("what", what);
		return "enforcement/refused";
	}
}
