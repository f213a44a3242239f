package org.steward.identity;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks the new-account form against the same policies the model enforces, collecting every
 * problem at once so the page can show each next to its field. Error codes are message keys.
 */
@Component
class AccountFormValidator implements Validator {

	static final List<String> SCOPE_KINDS = List.of("DISTRICT", "SQUAD", "STATION", "COMMUNITY", "DEPARTMENT");

	private final JdbcAccounts accounts;

	AccountFormValidator(JdbcAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supports(Class<?> type) {
		return AccountForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AccountForm form = (AccountForm) target;
		String username = form.getUsername() == null ? "" : form.getUsername().strip();
		if (username.isEmpty()) {
			errors.rejectValue("username", "identity.error.required");
		}
		else if (!Account.isValidUsername(username)) {
			errors.rejectValue("username", "identity.error.usernameFormat");
		}
		else if (accounts.find(username).isPresent()) {
			errors.rejectValue("username", "identity.error.usernameTaken");
		}
		if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
			errors.rejectValue("displayName", "identity.error.required");
		}
		else if (form.getDisplayName().strip().length() > 100) {
			errors.rejectValue("displayName", "identity.error.tooLong");
		}
		if (form.getRoles() == null || form.getRoles().isEmpty()) {
			errors.rejectValue("roles", "identity.error.rolesRequired");
		}
		if (!SCOPE_KINDS.contains(form.getScopeKind())) {
			errors.rejectValue("scopeKind", "identity.error.required");
		}
		else if (form.getScopeCode() == null || form.getScopeCode().isBlank()) {
			errors.rejectValue("scopeCode", "identity.error.required");
		}
		else if (!ScopeCodeFormat.accepts(form.getScopeKind(), form.getScopeCode().strip())) {
			errors.rejectValue("scopeCode", "identity.error.scopeCode." + form.getScopeKind());
		}
		if (form.getPassword() == null || !PasswordPolicy.accepts(form.getPassword())) {
			errors.rejectValue("password", "identity.error.passwordLength",
					new Object[] { PasswordPolicy.MIN_LENGTH }, null);
		}
	}
}
