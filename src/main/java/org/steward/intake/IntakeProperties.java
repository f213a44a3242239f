package org.steward.intake;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The intake module's settings ({@code steward.intake.*}).
 *
 * @param photoDir the directory report photos and evidence files are written to, named by their
 *        SHA-256; shared by every node
 */
@ConfigurationProperties("steward.intake")
@Validated
record IntakeProperties(@DefaultValue("./data/photos") @NotNull Path photoDir) {
}
