package org.steward.enforcement;

import org.steward.identity.CurrentUser;

/**
 * Who may do what in enforcement, for the pages that offer it and the handlers that refuse it.
 * Recording measures and investigation records is the enforcement officers' work (officers,
 * station heads, squad leaders, the command centre); community staff, department liaisons and
 * other staff may read what their case scope shows but are neither offered nor allowed the forms.
 */
public final class EnforcementRoles {

	private EnforcementRoles() {
	}

	public static boolean records(CurrentUser user) {
		return user.roles().stream().anyMatch(Measures.ENFORCERS::contains);
	}
}
