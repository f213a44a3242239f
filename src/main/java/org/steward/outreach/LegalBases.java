package org.steward.outreach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

/**
 * The maintained list of legal bases (law and article) a session explains, each naming the
 * categories whose rule it is — which is how the ladder knows what "a session on the rule" means.
 * Station heads, squad leaders, the command centre and administrators keep it.
 */
@Component
class LegalBases {

	/** A law and article, and the category codes (e.g. 0503) whose rule it states. */
	record LegalBasis(long id, String law, String article, @Nullable String summary, List<String> categoryCodes,
			boolean active) {

		public String label() {
			return law + article;
		}
	}

	record NewBasis(@Nullable String law, @Nullable String article, @Nullable String summary,
			@Nullable List<String> categoryCodes) {
	}

	private final JdbcClient jdbc;

	LegalBases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<LegalBasis> all() {
		return jdbc.sql("select * from outreach_legal_basis order by id").query((rs, n) -> row(rs)).list();
	}

	@Transactional(readOnly = true)
	Optional<LegalBasis> find(long id) {
		return jdbc.sql("select * from outreach_legal_basis where id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	@Transactional(readOnly = true)
	List<LegalBasis> ofSession(long sessionId) {
		return jdbc.sql("""
				select b.* from outreach_legal_basis b join outreach_session_basis s on s.basis_id = b.id
				where s.session_id = ? order by b.id""").param(sessionId).query((rs, n) -> row(rs)).list();
	}

	@Transactional
	LegalBasis add(NewBasis basis, CurrentUser actor) {
		if (!(actor.has(Role.ADMIN) || actor.has(Role.COMMAND_CENTRE) || actor.has(Role.SQUAD_LEADER)
				|| actor.has(Role.STATION_HEAD))) {
			throw OutreachRefusals.legalBasesForAdmins();
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		String law = Texts.required(basis.law(), "law", 200, problems);
		String article = Texts.required(basis.article(), "article", 100, problems);
		String summary = Texts.optional(basis.summary(), "summary", 500, problems);
		List<String> codes = basis.categoryCodes() == null ? List.of()
				: basis.categoryCodes().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
		for (int i = 0; i < codes.size(); i++) {
			if (!codes.get(i).matches("\\d{4}")) {
				problems.add(Refusal.FieldError.of("categoryCodes[" + i + "]", "outreach.refused.categoryCode"));
			}
		}
		Refusal.throwIfAny(problems);
		if (jdbc.sql("select count(*) from outreach_legal_basis where law = ? and article = ?")
			.params(law, article)
			.query(Long.class)
			.single() > 0) {
			throw OutreachRefusals.legalBasisExists();
		}
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into outreach_legal_basis (law, article, summary, category_codes) values (?, ?, ?, ?)")
			.params(law, article, summary, String.join(",", codes))
			.update(keys, "id");
		return find(keys.getKey().longValue()).orElseThrow();
	}

	private static LegalBasis row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String codes = rs.getString("category_codes");
		return new LegalBasis(rs.getLong("id"), rs.getString("law"), rs.getString("article"), rs.getString("summary"),
				codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(",")), rs.getBoolean("active"));
	}
}
