package org.steward.notification;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live boards' settings ({@code steward.boards.*}).
 *
 * @param pushThreads threads that push board rows, apart from the shared listener executor
 */
@ConfigurationProperties("steward.boards")
@Validated
record BoardProperties(@DefaultValue("2") @Min(1) int pushThreads) {
}
