package org.steward.enforcement;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The parties registry, measures on cases and re-inspection tasks, as JSON under /api/v1. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Enforcement", description = "Parties (三联), measures (三先), re-inspections")
class EnforcementApiController {

	private final PartyRegistry parties;

	private final Measures measures;

	private final Reinspections reinspections;

	private final Accounts accounts;

	private final Cases cases;

	private final PartyCsvImport csvImport;

	private final Disclosures disclosures;

	private final InvestigationRecords records;

	EnforcementApiController(PartyRegistry parties, Measures measures, Reinspections reinspections, Accounts accounts,
			Cases cases, PartyCsvImport csvImport, Disclosures disclosures, InvestigationRecords records) {
		this.records = records;
		this.disclosures = disclosures;
		this.csvImport = csvImport;
		this.parties = parties;
		this.measures = measures;
		this.reinspections = reinspections;
		this.accounts = accounts;
		this.cases = cases;
	}

	record LocationBody(@Nullable Double lat, @Nullable Double lng, @Nullable String crs) {
	}

	record PartyBody(@Nullable String type, @Nullable String name, @Nullable String creditCode, @Nullable String address,
			@Nullable LocationBody location, @Nullable List<PartyDraft.Contact> contacts, @Nullable String licenceStatus,
			@Nullable LocalDate frontageFrom, @Nullable LocalDate frontageTo) {

		PartyDraft draft() {
			return new PartyDraft(type, name, creditCode, address, location == null ? null : location.lat(),
					location == null ? null : location.lng(), location == null ? null : location.crs(),
					contacts == null ? List.of() : contacts, licenceStatus, frontageFrom, frontageTo);
		}
	}

	@PostMapping("/parties")
	ResponseEntity<Map<String, Object>> register(@RequestBody PartyBody body) {
		CurrentUser user = user();
		if (!EnforcementRoles.registersParties(user)) {
			throw EnforcementRejected.forbidden("party.forbidden",
					"Parties are registered by enforcement officers and administrators");
		}
		long id = parties.register(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/parties/" + id)).body(Map.of("id", id));
	}

	/** CSV import; answers 200 with the ids kept and every rejected row's problems. */
	@PostMapping(path = "/parties/import", consumes = { "text/csv", "text/plain" })
	PartyCsvImport.Report importCsv(@RequestBody String csv) {
		CurrentUser user = user();
		if (!EnforcementRoles.registersParties(user)) {
			throw EnforcementRejected.forbidden("party.forbidden",
					"Parties are registered by enforcement officers and administrators");
		}
		return csvImport.importCsv(csv);
	}

	@GetMapping("/parties/{id}")
	Map<String, Object> party(@PathVariable long id) {
		CurrentUser user = user();
		Party party = parties.find(id).orElseThrow(() -> EnforcementRejected.notFound("party " + id));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("party", user.has(Role.COMMAND_CENTRE) ? party : party.masked());
		List<MeasureView> history = measures.ofParty(id);
		answer.put("measures", history);
		answer.put("cases", history.stream()
			.map(MeasureView::caseNumber)
			.distinct()
			.flatMap(n -> cases.summary(new CaseNumber(n)).stream())
			.map(s -> Map.of("caseNumber", s.caseNumber().value(), "status", s.status().name(), "categoryCode",
					s.categoryCode(), "registeredAt", s.registeredAt().toString()))
			.toList());
		return answer;
	}

	@PostMapping("/cases/{caseNumber}/measures")
	ResponseEntity<MeasureView> record(@PathVariable String caseNumber, @RequestBody MeasureRequest body) {
		MeasureView view = measures.record(caseNumber(caseNumber), body, user());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/measures/" + view.id())).body(view);
	}

	@GetMapping("/cases/{caseNumber}/measures")
	List<MeasureView> measures(@PathVariable String caseNumber) {
		CaseNumber number = caseNumber(caseNumber);
		measures.suggestAccess(number, user());
		return measures.ofCase(number);
	}

	@GetMapping("/cases/{caseNumber}/measures/suggestion")
	Map<String, Object> suggestion(@PathVariable String caseNumber, @RequestParam long partyId) {
		LadderPolicy.Suggestion s = measures.suggest(caseNumber(caseNumber), partyId, user());
		return Map.of("type", s.type().name(), "withRectificationOrder", s.withRectificationOrder(), "reason", s.reason(),
				"basis", s.basis().name());
	}

	record RecordBody(@Nullable String kind, @Nullable Long partyId, java.time.@Nullable Instant startedAt,
			java.time.@Nullable Instant endedAt, @Nullable String place, @Nullable List<String> officers,
			@Nullable Boolean partyPresent, @Nullable String presentPerson, @Nullable String presentRole,
			@Nullable String findings, @Nullable List<RecordDraft.QuestionAnswer> questions) {
	}

	/** An on-site inspection record or an inquiry record; answers 201 with its number and document links. */
	@PostMapping("/cases/{caseNumber}/records")
	ResponseEntity<InvestigationRecords.RecordView> makeRecord(@PathVariable String caseNumber, @RequestBody RecordBody body) {
		InvestigationRecords.RecordView view = records.make(caseNumber(caseNumber),
				new RecordDraft(body.kind(), body.partyId(), body.startedAt(), body.endedAt(), body.place(), body.officers(),
						body.partyPresent(), body.presentPerson(), body.presentRole(), body.findings(), body.questions()),
				user());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/records/" + view.id())).body(view);
	}

	@GetMapping("/cases/{caseNumber}/records")
	List<InvestigationRecords.RecordView> records(@PathVariable String caseNumber) {
		CaseNumber number = caseNumber(caseNumber);
		measures.suggestAccess(number, user());
		return records.ofCase(number);
	}

	@GetMapping("/reinspections")
	List<Reinspections.Task> myReinspections() {
		return reinspections.openFor(user().username());
	}

	record Finding(@Nullable Boolean corrected, @Nullable String notes) {
	}

	@PostMapping("/reinspections/{id}")
	Reinspections.Task reinspect(@PathVariable long id, @RequestBody Finding finding) {
		return reinspections.complete(id, finding.corrected(), finding.notes(), user());
	}

	@PostMapping("/measures/{measureId}/disclosure")
	ResponseEntity<Disclosures.Disclosure> disclose(@PathVariable long measureId) {
		return ResponseEntity.status(201).body(disclosures.publish(measureId, user()));
	}

	record Withdrawal(@Nullable String reason) {
	}

	@PostMapping("/measures/{measureId}/disclosure/withdrawal")
	Disclosures.Disclosure withdraw(@PathVariable long measureId, @RequestBody Withdrawal body) {
		return disclosures.withdraw(measureId, body.reason(), user());
	}

	private CurrentUser user() {
		return accounts.current().orElseThrow(() -> EnforcementRejected.forbidden("Sign in first"));
	}

	private static CaseNumber caseNumber(String text) {
		if (!CaseNumber.isValid(text)) {
			throw EnforcementRejected.notFound("case " + text);
		}
		return new CaseNumber(text);
	}
}
