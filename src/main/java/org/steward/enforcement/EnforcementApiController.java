package org.steward.enforcement;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.cases.CaseNumber;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Measures on cases and re-inspection tasks, as JSON under /api/v1. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Enforcement", description = "Measures (三先), re-inspections")
class EnforcementApiController {

	private final Measures measures;

	private final Reinspections reinspections;

	private final Disclosures disclosures;

	EnforcementApiController(Measures measures, Reinspections reinspections, Disclosures disclosures) {
		this.disclosures = disclosures;
		this.measures = measures;
		this.reinspections = reinspections;
	}

	@PostMapping("/cases/{caseNumber}/measures")
	ResponseEntity<MeasureView> record(@PathVariable String caseNumber, @RequestBody MeasureRequest body, CurrentUser user) {
		MeasureView view = measures.record(caseNumber(caseNumber), body, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/measures/" + view.id())).body(view);
	}

	@GetMapping("/cases/{caseNumber}/measures")
	List<MeasureView> measures(@PathVariable String caseNumber, CurrentUser user) {
		CaseNumber number = caseNumber(caseNumber);
		measures.suggestAccess(number, user);
		return measures.ofCase(number);
	}

	@GetMapping("/cases/{caseNumber}/measures/suggestion")
	Map<String, Object> suggestion(@PathVariable String caseNumber, @RequestParam long partyId, CurrentUser user) {
		LadderPolicy.Suggestion s = measures.suggest(caseNumber(caseNumber), partyId, user);
		return Map.of("type", s.type().name(), "withRectificationOrder", s.withRectificationOrder(), "reason", s.reason(),
				"basis", s.basis().name());
	}

	@GetMapping("/reinspections")
	List<Reinspections.Task> myReinspections(CurrentUser user) {
		return reinspections.openFor(user.username());
	}

	record Finding(@Nullable Boolean corrected, @Nullable String notes) {
	}

	@PostMapping("/reinspections/{id}")
	Reinspections.Task reinspect(@PathVariable long id, @RequestBody Finding finding, CurrentUser user) {
		return reinspections.complete(id, finding.corrected(), finding.notes(), user);
	}

	@PostMapping("/measures/{measureId}/disclosure")
	ResponseEntity<Disclosures.Disclosure> disclose(@PathVariable long measureId, CurrentUser user) {
		return ResponseEntity.status(201).body(disclosures.publish(measureId, user));
	}

	record Withdrawal(@Nullable String reason) {
	}

	@PostMapping("/measures/{measureId}/disclosure/withdrawal")
	Disclosures.Disclosure withdraw(@PathVariable long measureId, @RequestBody Withdrawal body, CurrentUser user) {
		return disclosures.withdraw(measureId, body.reason(), user);
	}

	/** The decision was revoked: recorded, and its disclosure withdrawn (within three days, 第四十八条). */
	@PostMapping("/measures/{measureId}/disclosure/revocation")
	Disclosures.Disclosure revoke(@PathVariable long measureId, @RequestBody Withdrawal body, CurrentUser user) {
		return disclosures.revoke(measureId, body.reason(), user);
	}

	private static CaseNumber caseNumber(String text) {
		if (!CaseNumber.isValid(text)) {
			throw EnforcementRefusals.caseNotFound(text);
		}
		return new CaseNumber(text);
	}
}
