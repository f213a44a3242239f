package org.steward.enforcement;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data an administrator edits: the 首违不罚 exemption list and the discretion benchmark
 * (fine ranges by severity). Reading is open to signed-in staff; changing is for ADMIN.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
class EnforcementRulesApiController {

	private final JdbcClient jdbc;

	EnforcementRulesApiController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Exemption(String categoryCode, String note) {
	}

	record Benchmark(String categoryCode, String severity, BigDecimal minAmount, BigDecimal maxAmount, String legalBasis) {
	}

	@GetMapping("/exemptions")
	List<Exemption> exemptions() {
		return jdbc.sql("select category_code, note from enforcement_exemption order by category_code")
			.query((rs, n) -> new Exemption(rs.getString(1), rs.getString(2)))
			.list();
	}

	record NoteBody(@Nullable String note) {
	}

	@PutMapping("/exemptions/{categoryCode}")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	Exemption putExemption(@PathVariable String categoryCode, @RequestBody NoteBody body) {
		if (!categoryCode.matches("\\d{4}")) {
			throw EnforcementRejected.invalid("categoryCode", "must be a four-digit category code");
		}
		if (PartyDraft.blank(body.note())) {
			throw EnforcementRejected.invalid("note", "is required: why a first violation may go unpunished");
		}
		jdbc.sql("delete from enforcement_exemption where category_code = ?").param(categoryCode).update();
		jdbc.sql("insert into enforcement_exemption (category_code, note) values (?, ?)").params(categoryCode, body.note().strip()).update();
		return new Exemption(categoryCode, body.note().strip());
	}

	@DeleteMapping("/exemptions/{categoryCode}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> deleteExemption(@PathVariable String categoryCode) {
		jdbc.sql("delete from enforcement_exemption where category_code = ?").param(categoryCode).update();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/benchmarks")
	List<Benchmark> benchmarks() {
		return jdbc.sql("select * from enforcement_benchmark order by category_code, min_amount")
			.query((rs, n) -> new Benchmark(rs.getString("category_code"), rs.getString("severity"),
					rs.getBigDecimal("min_amount"), rs.getBigDecimal("max_amount"), rs.getString("legal_basis")))
			.list();
	}

	@PutMapping("/benchmarks")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	Benchmark putBenchmark(@RequestBody Benchmark body) {
		if (body.categoryCode() == null || !body.categoryCode().matches("\\d{4}")) {
			throw EnforcementRejected.invalid("categoryCode", "must be a four-digit category code");
		}
		if (body.severity() == null || !List.of("MINOR", "GENERAL", "SERIOUS").contains(body.severity())) {
			throw EnforcementRejected.invalid("severity", "must be MINOR, GENERAL or SERIOUS");
		}
		if (body.minAmount() == null || body.maxAmount() == null || body.minAmount().signum() < 0
				|| body.maxAmount().compareTo(body.minAmount()) < 0) {
			throw EnforcementRejected.invalid("maxAmount", "amounts must be 0 or more and max at least min");
		}
		if (PartyDraft.blank(body.legalBasis())) {
			throw EnforcementRejected.invalid("legalBasis", "is required");
		}
		jdbc.sql("delete from enforcement_benchmark where category_code = ? and severity = ?")
			.params(body.categoryCode(), body.severity())
			.update();
		jdbc.sql("insert into enforcement_benchmark (category_code, severity, min_amount, max_amount, legal_basis) values (?, ?, ?, ?, ?)")
			.params(body.categoryCode(), body.severity(), body.minAmount(), body.maxAmount(), body.legalBasis())
			.update();
		return body;
	}

}
