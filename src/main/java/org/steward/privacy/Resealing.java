package org.steward.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every declared {@link SealedColumn} under the current key: values stored in plain text
 * (before sealing began) are sealed, values of a previous key are opened and sealed again, and their
 * searchable hashes are recomputed. Runs when a node starts — before its readiness probe lets
 * traffic in — and when an administrator asks. Idempotent, and safe on several nodes at once: a row
 * is rewritten only if it still holds the value that was read, so a concurrent write or another
 * node's resealing wins and this one moves on.
 */
@Component
public class Resealing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Resealing.class);

	private final List<SealedColumn> columns;

	private final PersonalData data;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PrivacyProperties settings;

	Resealing(List<SealedColumn> columns, PersonalData data, JdbcClient jdbc, TransactionTemplate transactions,
			PrivacyProperties settings) {
		this.columns = List.copyOf(columns);
		this.data = data;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * What a resealing did to one column.
	 *
	 * @param resealed values now sealed with the current key
	 * @param unreadable values sealed with a key this node does not hold (left as they are)
	 */
	public record Outcome(String column, int resealed, int unreadable) {
	}

	/**
	 * Where a column stands.
	 *
	 * @param plain values stored in plain text
	 * @param previousKey values sealed with another key than the current one
	 * @param currentKey values sealed with the current key
	 */
	public record Standing(String column, long plain, long previousKey, long currentKey) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.resealOnStartup()) {
			return;
		}
		for (Outcome outcome : resealAll()) {
			if (outcome.resealed() > 0 || outcome.unreadable() > 0) {
				log.info("Personal data in {}: {} value(s) sealed with key {}, {} unreadable", outcome.column(),
						outcome.resealed(), data.currentKeyId(), outcome.unreadable());
			}
		}
	}

	/** Reseals every declared column; see the class comment. */
	public List<Outcome> resealAll() {
		List<Outcome> outcomes = new ArrayList<>();
		for (SealedColumn column : columns) {
			outcomes.add(reseal(column));
		}
		return outcomes;
	}

	public List<Standing> standing() {
		List<Standing> standings = new ArrayList<>();
		for (SealedColumn c : columns) {
			long all = count(c, "");
			long sealed = count(c, " and " + c.column() + " like '" + PersonalData.FORMAT + "%'");
			long current = count(c, " and " + c.column() + " like '" + data.currentPrefix() + "%'");
			standings.add(new Standing(c.toString(), all - sealed, sealed - current, current));
		}
		return standings;
	}

	private long count(SealedColumn c, String condition) {
		return jdbc.sql("select count(*) from " + c.table() + " where " + c.column() + " is not null" + condition)
			.query(Long.class)
			.single();
	}

	private Outcome reseal(SealedColumn c) {
		int resealed = 0;
		int unreadable = 0;
		@Nullable Object after = null;
		while (true) {
			List<Map<String, Object>> rows = jdbc
				.sql("select " + c.key() + " as k, " + c.column() + " as v from " + c.table() + " where "
						+ c.column() + " is not null and " + c.column() + " not like :current"
						+ (after == null ? "" : " and " + c.key() + " > :after") + " order by " + c.key()
						+ " limit :batch")
				.param("current", data.currentPrefix() + "%")
				.params(after == null ? Map.of() : Map.of("after", after))
				.param("batch", Math.max(1, settings.resealBatch()))
				.query()
				.listOfRows();
			if (rows.isEmpty()) {
				break;
			}
			int[] counts = transactions.execute(status -> resealBatch(c, rows));
			resealed += counts[0];
			unreadable += counts[1];
			after = rows.getLast().get("k");
		}
		return new Outcome(c.toString(), resealed, unreadable);
	}

	private int[] resealBatch(SealedColumn c, List<Map<String, Object>> rows) {
		int resealed = 0;
		int unreadable = 0;
		for (Map<String, Object> row : rows) {
			String stored = (String) row.get("v");
			String plain;
			try {
				plain = data.open(stored);
			}
			catch (PersonalDataUnreadable ex) {
				unreadable++;
				log.warn("{} of row {} cannot be opened: {}", c, row.get("k"), ex.getMessage());
				continue;
			}
			String sql = "update " + c.table() + " set " + c.column() + " = :sealed"
					+ (c.hashColumn() == null ? "" : ", " + c.hashColumn() + " = :hash") + " where " + c.key()
					+ " = :key and " + c.column() + " = :stored";
			var update = jdbc.sql(sql)
				.param("sealed", data.seal(plain))
				.param("key", row.get("k"))
				.param("stored", stored);
			if (c.hashColumn() != null) {
				update = update.param("hash", data.searchHash(plain));
			}
			resealed += update.update();
		}
		return new int[] { resealed, unreadable };
	}
}
