package org.steward.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.catalog.Catalog;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * The data an administrator edits: the 首违不罚 exemption list (categories whose first minor
 * violation is educated, not punished) and the discretion benchmark (fine ranges by severity,
 * 行政处罚法第三十四条). Every change names a known category, keeps amounts non-negative with
 * the minimum at most the maximum, keeps a heavier grade's range no lower than a lighter one's,
 * and is published for the whole-process record.
 */
@Service
public class EnforcementRules {

	/** What numeric(12, 2) holds, comfortably above any fine an urban-management squad decides. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	record Exemption(String categoryCode, String note, @Nullable String updatedBy, @Nullable Instant updatedAt) {
	}

	/** @param major whether a decision of this grade is a major one, needing legal review */
	public record Benchmark(String categoryCode, Severity severity, BigDecimal minAmount, BigDecimal maxAmount,
			String legalBasis, boolean major, @Nullable String updatedBy, @Nullable Instant updatedAt) {

		public String minText() {
			return yuan(minAmount);
		}

		public String maxText() {
			return yuan(maxAmount);
		}

		/** Whether a fine lies within the range, both ends included. */
		boolean allows(BigDecimal amount) {
			return amount.compareTo(minAmount) >= 0 && amount.compareTo(maxAmount) <= 0;
		}
	}

	/** A benchmark row as entered, amounts as text so a form's bad number is named, not lost. */
	public record BenchmarkDraft(@Nullable String categoryCode, @Nullable String severity, @Nullable String minAmount,
			@Nullable String maxAmount, @Nullable String legalBasis, boolean major) {
	}

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnforcementRules(JdbcClient jdbc, Catalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Exemption> exemptions() {
		return jdbc.sql("select * from enforcement_exemption order by category_code")
			.query((rs, n) -> new Exemption(rs.getString("category_code"), rs.getString("note"), rs.getString("updated_by"),
					Measures.instant(rs.getTimestamp("updated_at"))))
			.list();
	}

	Optional<Exemption> exemption(String categoryCode) {
		return exemptions().stream().filter(e -> e.categoryCode().equals(categoryCode)).findFirst();
	}

	boolean exempt(String categoryCode) {
		return jdbc.sql("select count(*) from enforcement_exemption where category_code = ?")
			.param(categoryCode)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	Exemption putExemption(@Nullable String categoryCode, @Nullable String note, CurrentUser actor) {
		requireAdmin(actor);
		List<Refusal.FieldError> problems = new ArrayList<>();
		String code = knownCategory(categoryCode, problems);
		if (Text.blank(note)) {
			problems.add(Refusal.FieldError.of("note", "enforcement.refused.note.required"));
		}
		else if (note.strip().length() > 500) {
			problems.add(Refusal.FieldError.of("note", "enforcement.refused.note.tooLong", 500));
		}
		Refusal.throwIfAny(problems);
		Instant now = clock.instant();
		jdbc.sql("delete from enforcement_exemption where category_code = ?").param(code).update();
		jdbc.sql("insert into enforcement_exemption (category_code, note, updated_by, updated_at) values (?, ?, ?, ?)")
			.params(code, note.strip(), actor.username(), Measures.ts(now))
			.update();
		events.publishEvent(new EnforcementRuleChanged(actor.username(), "exemption:" + code, "SET", note.strip(), now));
		return exemption(code).orElseThrow();
	}

	@Transactional
	void removeExemption(String categoryCode, CurrentUser actor) {
		requireAdmin(actor);
		Exemption existing = exemption(categoryCode)
			.orElseThrow(() -> EnforcementRefusals.exemptionNotFound(categoryCode));
		jdbc.sql("delete from enforcement_exemption where category_code = ?").param(categoryCode).update();
		events.publishEvent(new EnforcementRuleChanged(actor.username(), "exemption:" + categoryCode, "REMOVED",
				existing.note(), clock.instant()));
	}

	@Transactional(readOnly = true)
	List<Benchmark> benchmarks() {
		return jdbc.sql("select * from enforcement_benchmark order by category_code")
			.query((rs, n) -> benchmark(rs))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Benchmark::categoryCode).thenComparing(Benchmark::severity))
			.toList();
	}

	List<Benchmark> benchmarksOf(String categoryCode) {
		return benchmarks().stream().filter(b -> b.categoryCode().equals(categoryCode)).toList();
	}

	public Optional<Benchmark> benchmark(String categoryCode, Severity severity) {
		return benchmarksOf(categoryCode).stream().filter(b -> b.severity() == severity).findFirst();
	}

	@Transactional
	public Benchmark putBenchmark(BenchmarkDraft draft, CurrentUser actor) {
		requireAdmin(actor);
		List<Refusal.FieldError> problems = new ArrayList<>();
		String code = knownCategory(draft.categoryCode(), problems);
		Severity severity = severity(draft.severity(), problems);
		BigDecimal min = amount("minAmount", draft.minAmount(), problems);
		BigDecimal max = amount("maxAmount", draft.maxAmount(), problems);
		if (min != null && max != null && max.compareTo(min) < 0) {
			problems.add(Refusal.FieldError.of("maxAmount", "enforcement.refused.maxAmount.belowMin", yuan(min)));
		}
		if (Text.blank(draft.legalBasis())) {
			problems.add(Refusal.FieldError.of("legalBasis", "enforcement.refused.legalBasis.required"));
		}
		else if (draft.legalBasis().strip().length() > 500) {
			problems.add(Refusal.FieldError.of("legalBasis", "enforcement.refused.legalBasis.tooLong", 500));
		}
		if (code != null && severity != null && min != null && max != null && max.compareTo(min) >= 0) {
			problems.addAll(orderProblems(benchmarksOf(code), severity, min, max));
		}
		Refusal.throwIfAny(problems);
		Instant now = clock.instant();
		String basis = draft.legalBasis().strip();
		jdbc.sql("delete from enforcement_benchmark where category_code = ? and severity = ?")
			.params(code, severity.name())
			.update();
		jdbc.sql("""
				insert into enforcement_benchmark (category_code, severity, min_amount, max_amount, legal_basis, major,
				  updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code, severity.name(), min, max, basis, draft.major(), actor.username(), Measures.ts(now))
			.update();
		events.publishEvent(new EnforcementRuleChanged(actor.username(), "benchmark:" + code + ":" + severity, "SET",
				yuan(min) + "–" + yuan(max) + (draft.major() ? " major" : "") + " " + basis, now));
		return benchmark(code, severity).orElseThrow();
	}

	@Transactional
	void removeBenchmark(String categoryCode, String severityName, CurrentUser actor) {
		requireAdmin(actor);
		List<Refusal.FieldError> problems = new ArrayList<>();
		Severity severity = severity(severityName, problems);
		Refusal.throwIfAny(problems);
		Benchmark existing = benchmark(categoryCode, severity)
			.orElseThrow(() -> EnforcementRefusals.benchmarkNotFound(categoryCode, severity));
		jdbc.sql("delete from enforcement_benchmark where category_code = ? and severity = ?")
			.params(categoryCode, severity.name())
			.update();
		events.publishEvent(new EnforcementRuleChanged(actor.username(), "benchmark:" + categoryCode + ":" + severity,
				"REMOVED", existing.minText() + "–" + existing.maxText(),
				clock.instant()));
	}

	/**
	 * A heavier grade's range may not start or end below a lighter grade's (touching ends are
	 * normal: 50–200 general, 200–500 serious).
	 */
	static List<Refusal.FieldError> orderProblems(List<Benchmark> existing, Severity severity, BigDecimal min,
			BigDecimal max) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		for (Benchmark other : existing) {
			if (other.severity() == severity) {
				continue;
			}
			boolean lighter = other.severity().compareTo(severity) < 0;
			boolean minWrong = lighter ? min.compareTo(other.minAmount()) < 0 : min.compareTo(other.minAmount()) > 0;
			boolean maxWrong = lighter ? max.compareTo(other.maxAmount()) < 0 : max.compareTo(other.maxAmount()) > 0;
			if (minWrong) {
				problems.add(Refusal.FieldError.of("minAmount", lighter ? "enforcement.refused.minAmount.belowLighter" : "enforcement.refused.minAmount.aboveHeavier",
						severityName(other.severity()), other.minText()));
			}
			if (maxWrong) {
				problems.add(Refusal.FieldError.of("maxAmount", lighter ? "enforcement.refused.maxAmount.belowLighter" : "enforcement.refused.maxAmount.aboveHeavier",
						severityName(other.severity()), other.maxText()));
			}
		}
		return problems;
	}

	/** An amount as people write it: 50, 50.5, not 50.00. */
	public static String yuan(BigDecimal amount) {
		return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
	}

	private static org.springframework.context.support.DefaultMessageSourceResolvable severityName(Severity severity) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "enforcement.severity." + severity.name() }, severity.name());
	}

	private @Nullable String knownCategory(@Nullable String categoryCode, List<Refusal.FieldError> problems) {
		if (Text.blank(categoryCode) || !categoryCode.strip().matches("\\d{4}")) {
			problems.add(Refusal.FieldError.of("categoryCode", "enforcement.refused.categoryCode.format"));
			return null;
		}
		String code = categoryCode.strip();
		if (catalog.current(code).isEmpty()) {
			problems.add(Refusal.FieldError.of("categoryCode", "enforcement.refused.categoryCode.unknown", code));
			return null;
		}
		return code;
	}

	private static @Nullable Severity severity(@Nullable String text, List<Refusal.FieldError> problems) {
		try {
			if (!Text.blank(text)) {
				return Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		problems.add(Refusal.FieldError.of("severity", "enforcement.refused.severity.unknown"));
		return null;
	}

	private static @Nullable BigDecimal amount(String field, @Nullable String text, List<Refusal.FieldError> problems) {
		if (Text.blank(text)) {
			problems.add(Refusal.FieldError.of(field, "enforcement.refused.amount.required"));
			return null;
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Refusal.FieldError.of(field, "enforcement.refused.amount.number"));
			return null;
		}
		if (amount.signum() < 0) {
			problems.add(Refusal.FieldError.of(field, "enforcement.refused.amount.negative"));
			return null;
		}
		if (amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
			problems.add(Refusal.FieldError.of(field, "enforcement.refused.amount.precision", MAX_AMOUNT.toPlainString()));
			return null;
		}
		return amount;
	}

	private static void requireAdmin(CurrentUser actor) {
		if (!actor.has(Role.ADMIN)) {
			throw EnforcementRefusals.administratorsOnly();
		}
	}

	private static Benchmark benchmark(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Benchmark(rs.getString("category_code"), Severity.valueOf(rs.getString("severity")),
				rs.getBigDecimal("min_amount"), rs.getBigDecimal("max_amount"), rs.getString("legal_basis"),
				rs.getBoolean("major"), rs.getString("updated_by"), Measures.instant(rs.getTimestamp("updated_at")));
	}
}
