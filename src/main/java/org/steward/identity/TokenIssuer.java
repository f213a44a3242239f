package org.steward.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs API tokens (HS256 with the key of {@link TokenKeys}). A token carries the account's
 * roles and data scope so other nodes can authorise without a session; it lives
 * {@code steward.security.token-lifetime} (a working shift by default).
 */
@Component
class TokenIssuer {

	static final String SCOPE_KIND_CLAIM = "scope_kind";

	static final String SCOPE_CODE_CLAIM = "scope_code";

	private final JwtEncoder encoder;

	private final Clock clock;

	private final Duration lifetime;

	TokenIssuer(JwtEncoder encoder, Clock clock, IdentityProperties settings) {
		this.encoder = encoder;
		this.clock = clock;
		this.lifetime = settings.security().tokenLifetime();
	}

	IssuedToken issue(CurrentUser user) {
		Instant now = clock.instant();
		Instant expiresAt = now.plus(lifetime);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(user.username())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.claim(AccountTokenConverter.ROLES_CLAIM, user.roles().stream().map(Role::name).sorted().toList())
			.claim(SCOPE_KIND_CLAIM, user.scope().kind())
			.claim(SCOPE_CODE_CLAIM, user.scope().code())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(token, expiresAt);
	}

	record IssuedToken(String value, Instant expiresAt) {
	}
}
