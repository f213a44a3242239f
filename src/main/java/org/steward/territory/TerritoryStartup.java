package org.steward.territory;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * At start-up: builds the locator from the stored grids, then imports the file named by
 * {@code steward.territory.startup-import} (a Spring resource location; empty means none).
 * The demo profile points it at the synthetic Jinshui territory. A bad file is logged as an
 * error and leaves the stored territory as it was (the import is all or nothing); it does not
 * stop the application, which still serves the territory it had. Re-running is harmless:
 * units are upserted by code and unchanged ones are not touched.
 */
@Component
class TerritoryStartup {

	private static final Logger log = LoggerFactory.getLogger(TerritoryStartup.class);

	private final IndexedLocator locator;
	private final TerritoryImporter importer;
	private final ResourceLoader resources;
	private final String location;

	TerritoryStartup(IndexedLocator locator, TerritoryImporter importer, ResourceLoader resources,
			TerritoryProperties settings) {
		this.locator = locator;
		this.importer = importer;
		this.resources = resources;
		this.location = settings.startupImport();
	}

	// before the other start-up listeners: the demo seeder locates its reports in this territory
	@EventListener(ApplicationReadyEvent.class)
	@Order(-100)
	void onReady() {
		locator.reload();
		if (!location.isBlank()) {
			importStartupFile(location.trim());
		}
	}

	/** Imports one file and reports the outcome to the log; never throws. */
	ImportOutcome importStartupFile(String location) {
		Resource resource = resources.getResource(location);
		byte[] content;
		try (InputStream in = resource.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			log.error("Territory start-up import: cannot read {} ({}); the stored territory is unchanged", location,
					ex.getMessage());
			return new ImportOutcome.Rejected(
					java.util.List.of(ImportProblem.ofFile(ImportProblem.Kind.UNREADABLE_FILE, String.valueOf(ex.getMessage()))));
		}
		ImportOutcome outcome = importer.importFile(content, location);
		if (outcome instanceof ImportOutcome.Rejected rejected) {
			log.error("Territory start-up import of {} REJECTED; the stored territory is unchanged. Problems:{}", location,
					rejected.problems().stream().map(p -> "\n  " + p.describe()).reduce("", String::concat));
		}
		return outcome;
	}
}
