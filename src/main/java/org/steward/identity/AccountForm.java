package org.steward.identity;

import java.util.EnumSet;
import java.util.Set;

/** The admin page's "new account" form, bound field by field (hence a mutable bean). */
class AccountForm {

	private String username = "";

	private String displayName = "";

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String scopeKind = "STATION";

	private String scopeCode = "";

	private String password = "";

	NewAccount toNewAccount() {
		return new NewAccount(username.strip(), displayName.strip(), roles, DataScope.of(scopeKind, scopeCode.strip()),
				password);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getScopeKind() {
		return scopeKind;
	}

	public void setScopeKind(String scopeKind) {
		this.scopeKind = scopeKind;
	}

	public String getScopeCode() {
		return scopeCode;
	}

	public void setScopeCode(String scopeCode) {
		this.scopeCode = scopeCode;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
