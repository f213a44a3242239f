package org.steward.territory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a territory file all or nothing: the file is parsed and checked in full, against
 * itself and the stored territory, inside one transaction; only a file without a single
 * problem is written. Units are upserted by code and unchanged ones are left alone, so
 * importing the same file twice changes nothing. The locator is rebuilt after the commit.
 */
@Service
class TerritoryImporter {

	private static final Logger log = LoggerFactory.getLogger(TerritoryImporter.class);

	private final TerritoryStore store;
	private final IndexedLocator locator;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final GeoJsonTerritoryParser parser = new GeoJsonTerritoryParser();
	private final TerritoryImportRules rules = new TerritoryImportRules();
	private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

	TerritoryImporter(TerritoryStore store, IndexedLocator locator, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.locator = locator;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	ImportOutcome importFile(byte[] content, String source) {
		GeoJsonTerritoryParser.Parsed parsed = parser.parse(content);
		// two imports checked against the same stored territory could each pass and together overlap
		lock.lock();
		try {
			return importParsed(parsed, source);
		}
		finally {
			lock.unlock();
		}
	}

	private ImportOutcome importParsed(GeoJsonTerritoryParser.Parsed parsed, String source) {
		ImportOutcome outcome = transaction.execute(status -> {
			Map<String, StoredUnit> stored = store.all();
			List<ImportProblem> problems = new java.util.ArrayList<>(parsed.problems());
			problems.addAll(rules.check(parsed.features(), stored));
			if (!problems.isEmpty()) {
				problems.sort(Comparator.comparingInt(ImportProblem::featureIndex));
				return new ImportOutcome.Rejected(problems);
			}
			return new ImportOutcome.Imported(write(parsed.features(), stored, source));
		});
		if (outcome instanceof ImportOutcome.Imported imported) {
			locator.reload();
			log.info("Territory file {} imported: {} created, {} updated, {} unchanged", source,
					imported.summary().created(), imported.summary().updated(), imported.summary().unchanged());
		}
		else if (outcome instanceof ImportOutcome.Rejected rejected) {
			log.warn("Territory file {} rejected with {} problem(s); nothing stored", source, rejected.problems().size());
		}
		return java.util.Objects.requireNonNull(outcome);
	}

	private TerritoryImported write(List<TerritoryFeature> features, Map<String, StoredUnit> stored, String source) {
		Instant now = clock.instant();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (TerritoryFeature feature : features.stream()
			.sorted(Comparator.comparing(TerritoryFeature::level))
			.toList()) {
			String wkt = TerritoryStore.wkt(java.util.Objects.requireNonNull(feature.geometry()));
			StoredUnit existing = stored.get(feature.code());
			if (existing == null) {
				store.insert(feature, wkt, now);
				created++;
			}
			else if (same(existing, feature, wkt)) {
				unchanged++;
			}
			else {
				store.update(feature, wkt, now);
				updated++;
			}
		}
		TerritoryImported summary = new TerritoryImported(source, created, updated, unchanged, now);
		events.publishEvent(summary);
		if (summary.changedAnything()) {
			// every node's locator and gazetteer hold the territory in memory: the others reload when this commits
			events.publishEvent(org.steward.cluster.ReferenceDataChanged.of(org.steward.cluster.ReferenceDataChanged.Kind.TERRITORY));
		}
		return summary;
	}

	private static boolean same(StoredUnit existing, TerritoryFeature feature, String wkt) {
		return existing.level() == feature.level() && existing.nameZh().equals(feature.nameZh())
				&& existing.nameEn().equals(feature.nameEn())
				&& java.util.Objects.equals(existing.parentCode(), feature.parentCode())
				&& existing.wkt().equals(wkt) && existing.demo() == feature.demo();
	}
}
