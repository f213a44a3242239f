package org.steward.enforcement;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.organization.Organization;
import org.steward.organization.Squad;

/**
 * Numbers documents per squad, kind and year, the way the brigade writes them: 金城管东风责改〔2026〕17号.
 * The counter row is updated before it is read, so two officers of one squad never get the same number.
 */
@Component
public class DocumentNumbering {

	private final JdbcClient jdbc;

	private final Organization organization;

	private final String prefix;

	DocumentNumbering(JdbcClient jdbc, Organization organization, EnforcementProperties settings) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.prefix = settings.documentPrefix();
	}

	@Transactional
	public String issue(long measureId, MeasureType kind, String squadCode, int year, Instant at) {
		int seq = nextSeq(kind.name(), squadCode, year);
		String number = number(abbreviation(kind), squadCode, year, seq);
		jdbc.sql("""
				insert into enforcement_document (measure_id, kind, squad_code, doc_year, seq, doc_number, issued_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(measureId, kind.name(), squadCode, year, seq, number, java.sql.Timestamp.from(at))
			.update();
		return number;
	}

	/**
	 * The next sequence number of a kind of document for a squad and year, counted in the caller's
	 * transaction (the counter row stays locked until it commits).
	 */
	@Transactional
	public int nextSeq(String kind, String squadCode, int year) {
		int updated = jdbc
			.sql("update enforcement_document_counter set last_seq = last_seq + 1 where squad_code = ? and kind = ? and doc_year = ?")
			.params(squadCode, kind, year)
			.update();
		if (updated == 0) {
			// the first document of its kind this year: create the row, or find that another officer just did
			// (ON CONFLICT DO NOTHING, because on PostgreSQL a failed insert would abort the whole transaction)
			jdbc.sql("""
					insert into enforcement_document_counter (squad_code, kind, doc_year, last_seq) values (?, ?, ?, 0)
					on conflict do nothing""")
				.params(squadCode, kind, year)
				.update();
			jdbc.sql("update enforcement_document_counter set last_seq = last_seq + 1 where squad_code = ? and kind = ? and doc_year = ?")
				.params(squadCode, kind, year)
				.update();
		}
		return jdbc.sql("select last_seq from enforcement_document_counter where squad_code = ? and kind = ? and doc_year = ?")
			.params(squadCode, kind, year)
			.query(Integer.class)
			.single();
	}

	/** 金城管 + 东风 + 责改 + 〔2026〕 + 17 + 号. */
	public String number(String abbreviation, String squadCode, int year, int seq) {
		return prefix + squadShortName(squadCode) + abbreviation + "〔" + year + "〕" + seq + "号";
	}

	/** 东风路中队 → 东风: the short name the brigade's document numbers use. */
	String squadShortName(String squadCode) {
		return organization.squads()
			.stream()
			.filter(s -> s.code().equals(squadCode))
			.map(Squad::nameZh)
			.findFirst()
			.map(name -> name.replaceFirst("(路)?中队$", ""))
			.orElse("");
	}

	static String abbreviation(MeasureType kind) {
		return switch (kind) {
			case RECTIFICATION_ORDER -> "责改";
			case PENALTY_CASE -> "罚决";
			default -> "执";
		};
	}
}
