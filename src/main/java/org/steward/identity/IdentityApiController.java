package org.steward.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.steward.StewardProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Tokens, the current account, account administration")
class IdentityApiController {

	private final AuthenticationManager authenticationManager;

	private final JdbcAccounts accounts;

	private final Accounts signedIn;

	private final TokenIssuer tokens;

	private final Clock clock;

	private final ZoneId zone;

	IdentityApiController(AuthenticationManager authenticationManager, JdbcAccounts accounts, Accounts signedIn, TokenIssuer tokens,
			Clock clock, StewardProperties steward) {
		this.zone = steward.zone();
		this.authenticationManager = authenticationManager;
		this.accounts = accounts;
		this.signedIn = signedIn;
		this.tokens = tokens;
		this.clock = clock;
	}

	record TokenRequest(@NotBlank String username, @NotBlank String password) {
	}

	record TokenResponse(String token, Instant expiresAt, String username, List<Role> roles,
			AccountView.ScopeView scope) {
	}

	record Me(String username, String displayName, List<Role> roles, AccountView.ScopeView scope) {
	}

	@Operation(summary = "Exchange username and password for a bearer token",
			description = "Every refusal is the same 401 (unknown account, wrong password, locked, disabled); after "
					+ "a few failures from one address further attempts must wait, doubling each time.")
	@PostMapping("/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		Authentication authenticated;
		try {
			authenticated = authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		}
		catch (org.springframework.security.core.AuthenticationException refused) {
			// unknown, wrong, locked, disabled or too soon: one answer, so no account's existence shows
			throw IdentityRefusals.badCredentials();
		}
		CurrentUser user = accounts.find(authenticated.getName()).map(Account::toCurrentUser)
			.orElseThrow(IdentityRefusals::badCredentials);
		TokenIssuer.IssuedToken token = tokens.issue(user);
		return new TokenResponse(token.value(), token.expiresAt(), user.username(), sorted(user),
				AccountView.ScopeView.of(user.scope()));
	}

	@Operation(summary = "The signed-in account: name, roles and data scope")
	@GetMapping("/me")
	Me me() {
		CurrentUser user = signedIn.current().orElseThrow(IdentityRefusals::notSignedIn);
		return new Me(user.username(), user.displayName(), sorted(user), AccountView.ScopeView.of(user.scope()));
	}

	@Operation(summary = "All accounts (administrators only)")
	@GetMapping("/accounts")
	@PreAuthorize("hasRole('ADMIN')")
	List<AccountView> accounts() {
		Instant now = clock.instant();
		return accounts.all().stream().map(a -> AccountView.of(a, now)).toList();
	}

	private static List<Role> sorted(CurrentUser user) {
		return user.roles().stream().sorted().toList();
	}
}
