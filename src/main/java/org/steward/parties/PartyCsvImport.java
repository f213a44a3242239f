package org.steward.parties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.refusal.Refusal;

/**
 * Imports parties from CSV, one registration per row: a rejected row leaves nothing behind (its
 * own transaction rolls back), valid rows are kept, and the report names every problem by row
 * and field. Columns: type,name,creditCode,address,lat,lng,contactName,contactPhone,
 * licenceStatus,frontageFrom,frontageTo (header line required; fields may not contain commas).
 */
@Component
class PartyCsvImport {

	static final String HEADER = "type,name,creditCode,address,lat,lng,contactName,contactPhone,licenceStatus,frontageFrom,frontageTo";

	record RowProblem(int row, String field, String message) {
	}

	record Report(List<Long> imported, List<RowProblem> rejected) {
	}

	private final PartyRegistry registry;

	PartyCsvImport(PartyRegistry registry) {
		this.registry = registry;
	}

	Report importCsv(String csv) {
		List<String> lines = csv.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
			throw Refusal.invalid("file", "parties.refused.csvHeader", HEADER);
		}
		List<Long> imported = new ArrayList<>();
		List<RowProblem> rejected = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			int row = i + 1;
			String[] f = line.split(",", -1);
			if (f.length != 11) {
				rejected.add(new RowProblem(row, "row", "has " + f.length + " columns, expected 11"));
				continue;
			}
			List<RowProblem> parseProblems = new ArrayList<>();
			Double lat = number(f[4], row, "lat", parseProblems);
			Double lng = number(f[5], row, "lng", parseProblems);
			LocalDate from = date(f[9], row, "frontageFrom", parseProblems);
			LocalDate to = date(f[10], row, "frontageTo", parseProblems);
			if (!parseProblems.isEmpty()) {
				rejected.addAll(parseProblems);
				continue;
			}
			List<PartyDraft.Contact> contacts = f[6].isBlank() && f[7].isBlank() ? List.of()
					: List.of(new PartyDraft.Contact(f[6].strip(), f[7].strip(), null));
			PartyDraft draft = new PartyDraft(f[0], f[1], f[2], f[3], lat, lng, "WGS84", contacts, f[8], from, to);
			List<PartyDraft.FieldProblem> problems = draft.problems();
			if (!problems.isEmpty()) {
				problems.forEach(p -> rejected.add(new RowProblem(row, p.field(), p.message())));
				continue;
			}
			try {
				imported.add(registry.register(draft));
			}
			catch (Refusal taken) {
				rejected.add(new RowProblem(row, "creditCode",
						"A party with credit code " + draft.normalisedCreditCode() + " is already registered"));
			}
		}
		return new Report(imported, rejected);
	}

	private static @Nullable Double number(String text, int row, String field, List<RowProblem> problems) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new RowProblem(row, field, "is not a number: " + text));
			return null;
		}
	}

	private static @Nullable LocalDate date(String text, int row, String field, List<RowProblem> problems) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new RowProblem(row, field, "is not a date (yyyy-mm-dd): " + text));
			return null;
		}
	}
}
