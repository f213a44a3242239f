package org.steward.enforcement.records;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.cases.CaseNumber;
import org.steward.enforcement.EnforcementRefusals;
import org.steward.enforcement.Measures;
import org.steward.identity.CurrentUser;

import io.swagger.v3.oas.annotations.tags.Tag;

/** A case's inspection and inquiry records as JSON under /api/v1. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Investigation records", description = "现场检查笔录 and 询问笔录 of a case")
class RecordApiController {

	private final InvestigationRecords records;

	private final Measures measures;

	RecordApiController(InvestigationRecords records, Measures measures) {
		this.records = records;
		this.measures = measures;
	}

	record RecordBody(@Nullable String kind, @Nullable Long partyId, java.time.@Nullable Instant startedAt,
			java.time.@Nullable Instant endedAt, @Nullable String place, @Nullable List<String> officers,
			@Nullable Boolean partyPresent, @Nullable String presentPerson, @Nullable String presentRole,
			@Nullable String findings, @Nullable List<RecordDraft.QuestionAnswer> questions) {
	}

	/** An on-site inspection record or an inquiry record; answers 201 with its number and document links. */
	@PostMapping("/cases/{caseNumber}/records")
	ResponseEntity<InvestigationRecords.RecordView> makeRecord(@PathVariable String caseNumber, @RequestBody RecordBody body, CurrentUser user) {
		InvestigationRecords.RecordView view = records.make(caseNumber(caseNumber),
				new RecordDraft(body.kind(), body.partyId(), body.startedAt(), body.endedAt(), body.place(), body.officers(),
						body.partyPresent(), body.presentPerson(), body.presentRole(), body.findings(), body.questions()),
				user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/records/" + view.id())).body(view);
	}

	@GetMapping("/cases/{caseNumber}/records")
	List<InvestigationRecords.RecordView> records(@PathVariable String caseNumber, CurrentUser user) {
		CaseNumber number = caseNumber(caseNumber);
		measures.suggestAccess(number, user);
		return records.ofCase(number);
	}

	private static CaseNumber caseNumber(String text) {
		if (!CaseNumber.isValid(text)) {
			throw EnforcementRefusals.caseNotFound(text);
		}
		return new CaseNumber(text);
	}
}
