package org.steward.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.steward.refusal.Refusal;

/**
 * Identity's refusals, each a code of {@code i18n/identity}: a failed or missing sign-in (401), an account
 * locked after wrong passwords (423, naming {@code lockedUntil}), an unknown account (404), what an
 * administrator may not do to their own account (403), and the bad fields of a new account (400).
 */
final class IdentityRefusals {

	private IdentityRefusals() {
	}

	// ------------------------------------------------------------ signing in

	static Refusal badCredentials() {
		return Refusal.unauthenticated("identity.refused.badCredentials");
	}

	static Refusal disabled() {
		return Refusal.unauthenticated("identity.refused.disabled");
	}

	static Refusal notSignedIn() {
		return Refusal.unauthenticated("identity.refused.notSignedIn");
	}

	/** Locked after repeated wrong passwords; the end of the lock in the district's zone, when known. */
	static Refusal locked(@Nullable Instant until, ZoneId zone) {
		if (until == null) {
			return Refusal.locked("identity.refused.locked");
		}
		Instant second = until.truncatedTo(ChronoUnit.SECONDS);
		return Refusal.locked("identity.refused.lockedUntil", second.atZone(zone).toOffsetDateTime().toString())
			.with("lockedUntil", second.toString());
	}

	/** The API's 401 when no valid bearer token came with the request (written by hand: see ApiAccessProblems). */
	static Refusal noToken() {
		return Refusal.unauthenticated("identity.refused.noToken");
	}

	/** The API's 403 when the role or data scope does not allow the request. */
	static Refusal outsideRoleOrScope() {
		return Refusal.forbidden("identity.refused.outsideRoleOrScope");
	}

	// ------------------------------------------------------------ administering accounts

	static Refusal unknownAccount(String username) {
		return Refusal.notFound("identity.refused.unknownAccount", username);
	}

	static Refusal cannotDisableYourself() {
		return Refusal.forbidden("identity.refused.disableSelf");
	}

	static Refusal usernameTaken(String username) {
		return Refusal.invalid(java.util.List.of(usernameTakenField(username)));
	}

	static Refusal invalidScopeCode(String kind) {
		return Refusal.invalid(java.util.List.of(scopeCode(kind)));
	}

	static Refusal passwordTooShort() {
		return Refusal.invalid(java.util.List.of(passwordLength()));
	}

	// ------------------------------------------------------------ the new-account form's fields

	static Refusal.FieldError required(String field) {
		return Refusal.FieldError.of(field, "identity.refused.required");
	}

	static Refusal.FieldError tooLong(String field) {
		return Refusal.FieldError.of(field, "identity.refused.tooLong");
	}

	static Refusal.FieldError usernameFormat() {
		return Refusal.FieldError.of("username", "identity.refused.usernameFormat");
	}

	static Refusal.FieldError usernameTakenField(String username) {
		return Refusal.FieldError.of("username", "identity.refused.usernameTaken", username);
	}

	static Refusal.FieldError rolesRequired() {
		return Refusal.FieldError.of("roles", "identity.refused.rolesRequired");
	}

	static Refusal.FieldError passwordLength() {
		return Refusal.FieldError.of("password", "identity.refused.passwordLength", String.valueOf(PasswordPolicy.MIN_LENGTH));
	}

	/** What a code of that kind of scope looks like, e.g. six digits for a district. */
	static Refusal.FieldError scopeCode(String kind) {
		return switch (kind) {
			case "DISTRICT" -> Refusal.FieldError.of("scopeCode", "identity.refused.scopeCode.DISTRICT");
			case "SQUAD" -> Refusal.FieldError.of("scopeCode", "identity.refused.scopeCode.SQUAD");
			case "STATION" -> Refusal.FieldError.of("scopeCode", "identity.refused.scopeCode.STATION");
			case "COMMUNITY" -> Refusal.FieldError.of("scopeCode", "identity.refused.scopeCode.COMMUNITY");
			case "DEPARTMENT" -> Refusal.FieldError.of("scopeCode", "identity.refused.scopeCode.DEPARTMENT");
			default -> Refusal.FieldError.of("scopeKind", "identity.refused.required");
		};
	}
}
