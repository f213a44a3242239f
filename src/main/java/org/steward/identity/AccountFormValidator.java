package org.steward.identity;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.steward.refusal.Refusal;

/**
 * Checks the new-account form against the same policies the model enforces, collecting every
 * problem at once so the page can show each next to its field. Error codes are identity's refusal codes.
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
			reject(errors, IdentityRefusals.required("username"));
		}
		else if (!Account.isValidUsername(username)) {
			reject(errors, IdentityRefusals.usernameFormat());
		}
		else if (accounts.find(username).isPresent()) {
			reject(errors, IdentityRefusals.usernameTakenField(username));
		}
		if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
			reject(errors, IdentityRefusals.required("displayName"));
		}
		else if (form.getDisplayName().strip().length() > 100) {
			reject(errors, IdentityRefusals.tooLong("displayName"));
		}
		if (form.getRoles() == null || form.getRoles().isEmpty()) {
			reject(errors, IdentityRefusals.rolesRequired());
		}
		if (!SCOPE_KINDS.contains(form.getScopeKind())) {
			reject(errors, IdentityRefusals.required("scopeKind"));
		}
		else if (form.getScopeCode() == null || form.getScopeCode().isBlank()) {
			reject(errors, IdentityRefusals.required("scopeCode"));
		}
		else if (!ScopeCodeFormat.accepts(form.getScopeKind(), form.getScopeCode().strip())) {
			reject(errors, IdentityRefusals.scopeCode(form.getScopeKind()));
		}
		if (form.getPassword() == null || !PasswordPolicy.accepts(form.getPassword())) {
			reject(errors, IdentityRefusals.passwordLength());
		}
	}

	private static void reject(Errors errors, Refusal.FieldError error) {
		errors.rejectValue(error.field(), error.code(), error.getArguments(), null);
	}
}
