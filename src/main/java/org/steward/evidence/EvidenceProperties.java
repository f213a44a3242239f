package org.steward.evidence;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The evidence store's settings. They keep the {@code steward.intake.*} prefix (and so
 * {@code STEWARD_INTAKE_PHOTO_DIR}) that deployments set before the store moved out of intake.
 *
 * @param photoDir the directory report photos and evidence files are written to, named by their
 *        SHA-256; shared by every node
 * @param photoBudget the most the store may hold (new files beyond it are refused with 507), so a flood
 *        of uploads cannot fill the disk the database and logs share
 */
@ConfigurationProperties("steward.intake")
@Validated
record EvidenceProperties(@DefaultValue("./data/photos") @NotNull Path photoDir,
		@DefaultValue("20GB") org.springframework.util.unit.DataSize photoBudget) {
}
