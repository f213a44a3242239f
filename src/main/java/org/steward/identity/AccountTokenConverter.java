package org.steward.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Turns a verified bearer token into an authentication: the {@code roles} claim becomes
 * {@code ROLE_*} authorities, so {@code @PreAuthorize("hasRole('ADMIN')")} reads the same for a
 * token as for a page session. Roles and scope are taken from the token as issued (they can
 * lag a change by at most the token lifetime), but an account that was disabled or removed
 * since is refused on its next request. Whether it is enabled comes from a cache of a few
 * seconds that every account write evicts ({@link JdbcAccounts#enabledForTokens}): a table
 * read per API call was a third of the time of a case read.
 */
class AccountTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String ROLES_CLAIM = "roles";

	private final JwtAuthenticationConverter delegate = new JwtAuthenticationConverter();

	private final JdbcAccounts accounts;

	AccountTokenConverter(JdbcAccounts accounts) {
		this.accounts = accounts;
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(ROLES_CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		delegate.setJwtGrantedAuthoritiesConverter(authorities);
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getSubject();
		if (username == null || !accounts.enabledForTokens(username)) {
			throw new DisabledException("The account of this token is disabled or no longer exists");
		}
		return delegate.convert(jwt);
	}
}
