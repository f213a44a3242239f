package org.steward.privacy;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The administrator's view of personal data at rest, and the step of a key rotation that moves every
 * value to the new key without a restart (README, "Personal data at rest").
 */
@RestController
@RequestMapping("/api/v1/admin/privacy")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Privacy", description = "Personal data sealed at rest and key rotation (administrators)")
class PrivacyApiController {

	private final Resealing resealing;

	private final PersonalData data;

	PrivacyApiController(Resealing resealing, PersonalData data) {
		this.resealing = resealing;
		this.data = data;
	}

	record StandingJson(String currentKey, List<Resealing.Standing> columns) {
	}

	record ResealedJson(String currentKey, List<Resealing.Outcome> columns) {
	}

	@GetMapping
	@Operation(summary = "How many values of each personal-data column are in plain text, under a previous key "
			+ "and under the current key")
	StandingJson standing() {
		return new StandingJson(data.currentKeyId(), resealing.standing());
	}

	@PostMapping("/reseal")
	@Operation(summary = "Seal plain values and move values of previous keys to the current key (idempotent)")
	ResealedJson reseal() {
		return new ResealedJson(data.currentKeyId(), resealing.resealAll());
	}
}
