package org.steward.cases;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws case numbers from one database sequence per district and year
 * ({@code case_number_410105_2026}), see ADR 0005. A sequence hands out each value once and takes
 * no lock that lasts to the end of the registering transaction, so registrations run side by side;
 * the price is that a registration which rolls back after drawing leaves a gap (it is logged).
 * <p>A district-year's sequence is created on its first registration, starting after the highest
 * number already stored for it (numbers of a former system, or of the counter table this replaced).
 * The creation runs inside the caller's transaction under a savepoint: when another node or thread
 * creates it at the same moment, PostgreSQL makes the loser wait for the winner's commit and then
 * fails its statement; the savepoint is rolled back and the existing sequence is used.
 */
@Component
class CaseNumbers {

	private static final Logger log = LoggerFactory.getLogger(CaseNumbers.class);

	private static final Pattern DISTRICT = Pattern.compile("\\d{6}");

	/** The six digits of a case number's sequence part. */
	static final long MAX_SEQUENCE = 999_999;

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	/** Sequences known to exist (they are never dropped), so the check costs nothing after the first. */
	private final Set<String> existing = ConcurrentHashMap.newKeySet();

	CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The next number of the district's year; unique, increasing per district-year, not gap-free. */
	CaseNumber next(String districtCode, int year) {
		String sequence = sequenceName(districtCode, year);
		boolean known = existing.contains(sequence);
		if (!known) {
			create(sequence, districtCode, year);
		}
		long value = jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
		CaseNumber number = CaseNumber.of(districtCode, year, value);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			existing.add(sequence);
		}
		else {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					// only now: on PostgreSQL a creation rolled back with its transaction is gone again,
					// and until this commit other transactions cannot see the new sequence
					if (!known) {
						existing.add(sequence);
					}
				}

				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						// the answer carrying it was never sent: nobody saw the number, this line explains the gap
						log.info("Case number {} was drawn by a registration that did not commit; it stays unused", number);
					}
				}
			});
		}
		return number;
	}

	static String sequenceName(String districtCode, int year) {
		if (!DISTRICT.matcher(districtCode).matches() || year < 1000 || year > 9999) {
			throw new IllegalArgumentException("No case number sequence for " + districtCode + "/" + year);
		}
		return "case_number_" + districtCode + "_" + year;
	}

	private void create(String sequence, String districtCode, int year) {
		try {
			savepoint.executeWithoutResult(tx -> {
				String prefix = districtCode + "-" + year + "-";
				String highest = jdbc.sql("select max(case_number) from case_file where case_number between :lo and :hi")
					.param("lo", prefix + "000000")
					.param("hi", prefix + "999999")
					.query(String.class)
					.optional()
					.orElse(null);
				long start = highest == null ? 1 : Long.parseLong(highest.substring(prefix.length())) + 1;
				jdbc.sql("create sequence if not exists " + sequence + " start with " + start + " minvalue 1 maxvalue "
						+ MAX_SEQUENCE + " no cycle")
					.update();
			});
		}
		catch (DataAccessException concurrentCreation) {
			// the savepoint is rolled back; the sequence the other transaction created is used below
			log.debug("Sequence {} was created concurrently", sequence, concurrentCreation);
		}
	}
}
