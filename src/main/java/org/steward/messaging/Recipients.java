package org.steward.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.organization.Organization;

/**
 * Who among the staff a message is for: the accounts holding a role whose data scope covers the
 * station concerned (the station's officers, its squad's leader, the command centre), or the
 * liaisons of a department.
 */
@Component
class Recipients {

	private final Accounts accounts;

	private final Organization organization;

	Recipients(Accounts accounts, Organization organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	List<CurrentUser> ofStation(@Nullable String stationCode, Set<Role> roles) {
		Optional<DataScope.Jurisdiction> jurisdiction = stationCode == null ? Optional.empty()
				: organization.jurisdictionOf(stationCode);
		Map<String, CurrentUser> found = new LinkedHashMap<>();
		for (Role role : roles) {
			for (CurrentUser user : accounts.holding(role)) {
				boolean covered = jurisdiction.map(user::canSee)
					// a case no station holds is the command centre's: the whole district sees it
					.orElse(user.scope() instanceof DataScope.District);
				if (covered) {
					found.putIfAbsent(user.username(), user);
				}
			}
		}
		return List.copyOf(found.values());
	}

	List<CurrentUser> ofDepartment(String departmentCode) {
		return accounts.holding(Role.DEPARTMENT_LIAISON)
			.stream()
			.filter(user -> user.scope() instanceof DataScope.Department d && d.code().equals(departmentCode))
			.toList();
	}

	/** The enabled accounts of these usernames (officers named on a record), in the order given. */
	List<CurrentUser> named(List<String> usernames) {
		return usernames.stream().distinct().map(accounts::byUsername).flatMap(Optional::stream).toList();
	}
}
