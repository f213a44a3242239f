package org.steward.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The key that signs API tokens (HS256). All nodes behind a load balancer must share it, so
 * production reads it from {@code STEWARD_JWT_SECRET} and refuses to start without one; the
 * demo generates a random key per start (tokens then end with the process).
 */
@Configuration(proxyBeanMethods = false)
class TokenKeys {

	private static final Logger log = LoggerFactory.getLogger(TokenKeys.class);

	private static final int MIN_KEY_BYTES = 32;

	@Bean
	SecretKey tokenSigningKey(IdentityProperties settings, Environment environment) {
		byte[] bytes = settings.security().jwtSecret().getBytes(StandardCharsets.UTF_8);
		if (bytes.length == 0) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new IllegalStateException(
						"STEWARD_JWT_SECRET must be set (at least 32 bytes) in the prod profile");
			}
			bytes = new byte[MIN_KEY_BYTES];
			new SecureRandom().nextBytes(bytes);
			log.info("No STEWARD_JWT_SECRET set: signing API tokens with a random key for this run");
		}
		else if (bytes.length < MIN_KEY_BYTES) {
			throw new IllegalStateException("STEWARD_JWT_SECRET must be at least 32 bytes long");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** Expiry is judged by the same injected clock that stamped the token. */
	@Bean
	JwtDecoder jwtDecoder(SecretKey tokenSigningKey, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(clock);
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(timestamps)));
		return decoder;
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
		return NimbusJwtEncoder.withSecretKey(tokenSigningKey).build();
	}
}
