package org.steward.enforcement;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.identity.CurrentUser;

/**
 * The data an administrator edits: the 首违不罚 exemption list and the discretion benchmark
 * (fine ranges by severity). Reading is open to signed-in staff; changing is for ADMIN, and every
 * change is entered into the whole-process record. The rules are {@link EnforcementRules}'.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
class EnforcementRulesApiController {

	private final EnforcementRules rules;

	EnforcementRulesApiController(EnforcementRules rules) {
		this.rules = rules;
	}

	@GetMapping("/exemptions")
	List<EnforcementRules.Exemption> exemptions() {
		return rules.exemptions();
	}

	record NoteBody(@Nullable String note) {
	}

	@PutMapping("/exemptions/{categoryCode}")
	@PreAuthorize("hasRole('ADMIN')")
	EnforcementRules.Exemption putExemption(@PathVariable String categoryCode, @RequestBody NoteBody body, CurrentUser user) {
		return rules.putExemption(categoryCode, body.note(), user);
	}

	@DeleteMapping("/exemptions/{categoryCode}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> deleteExemption(@PathVariable String categoryCode, CurrentUser user) {
		rules.removeExemption(categoryCode, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/benchmarks")
	List<EnforcementRules.Benchmark> benchmarks() {
		return rules.benchmarks();
	}

	record BenchmarkBody(@Nullable String categoryCode, @Nullable String severity, @Nullable BigDecimal minAmount,
			@Nullable BigDecimal maxAmount, @Nullable String legalBasis, @Nullable Boolean major) {
	}

	@PutMapping("/benchmarks")
	@PreAuthorize("hasRole('ADMIN')")
	EnforcementRules.Benchmark putBenchmark(@RequestBody BenchmarkBody body, CurrentUser user) {
		return rules.putBenchmark(new EnforcementRules.BenchmarkDraft(body.categoryCode(), body.severity(),
				body.minAmount() == null ? null : body.minAmount().toPlainString(),
				body.maxAmount() == null ? null : body.maxAmount().toPlainString(), body.legalBasis(),
				Boolean.TRUE.equals(body.major())), user);
	}

	@DeleteMapping("/benchmarks/{categoryCode}/{severity}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> deleteBenchmark(@PathVariable String categoryCode, @PathVariable String severity, CurrentUser user) {
		rules.removeBenchmark(categoryCode, severity, user);
		return ResponseEntity.noContent().build();
	}
}
