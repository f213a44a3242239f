package org.steward.outreach;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * The outreach module's settings ({@code steward.outreach.*}).
 *
 * @param signInOpensBefore how long before a session starts its QR sign-in link is accepted
 * @param signInClosesAfter how long after a session ends its QR sign-in link is still accepted
 * @param signInRadiusMetres a phone that shares its position must be this close to the session's place
 * @param inviteDaysAhead    invitations to a planned session go out this many days before it (through messaging)
 */
@ConfigurationProperties("steward.outreach")
@Validated
record OutreachProperties(@DefaultValue("PT30M") Duration signInOpensBefore,
		@DefaultValue("PT30M") Duration signInClosesAfter, @DefaultValue("500") @Positive int signInRadiusMetres,
		@DefaultValue("2") @Positive int inviteDaysAhead) {
}
