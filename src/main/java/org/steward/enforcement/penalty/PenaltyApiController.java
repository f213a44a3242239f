package org.steward.enforcement.penalty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steward.identity.CurrentUser;

import io.swagger.v3.oas.annotations.tags.Tag;

/** A penalty case's procedure as JSON: evidence list, proposal, legal review, decision, service. */
@RestController
@RequestMapping("/api/v1/penalties/{measureId}")
@Tag(name = "Penalty cases", description = "Evidence (SHA-256), legal review, decision within 90 days, service within 7")
class PenaltyApiController {

	private final PenaltyCases penalties;

	PenaltyApiController(PenaltyCases penalties) {
		this.penalties = penalties;
	}

	@GetMapping
	PenaltyCases.PenaltyView penalty(@PathVariable long measureId, CurrentUser user) {
		return penalties.view(measureId, user);
	}

	/** Multipart {@code file} and {@code description}; 201 with the item and its SHA-256. */
	@PostMapping(path = "/evidence", consumes = "multipart/form-data")
	ResponseEntity<PenaltyCases.EvidenceItem> addEvidence(@PathVariable long measureId,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String description, CurrentUser user) {
		PenaltyCases.EvidenceItem item = penalties.addEvidence(measureId, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getContentType(), bytes(file), description, user);
		return ResponseEntity.created(URI.create("/penalties/evidence/" + item.id())).body(item);
	}

	record ProposalBody(@Nullable String severity, @Nullable String amount, @Nullable String facts) {
	}

	@PostMapping("/proposal")
	PenaltyCases.PenaltyView propose(@PathVariable long measureId, @RequestBody ProposalBody body, CurrentUser user) {
		return penalties.propose(measureId, body.severity(), body.amount(), body.facts(), user);
	}

	record ReviewBody(@Nullable Boolean passed, @Nullable String opinion) {
	}

	@PostMapping("/review")
	PenaltyCases.PenaltyView review(@PathVariable long measureId, @RequestBody ReviewBody body, CurrentUser user) {
		return penalties.review(measureId, body.passed(), body.opinion(), user);
	}

	record DecisionBody(@Nullable Boolean disclose) {
	}

	@PostMapping("/decision")
	PenaltyCases.PenaltyView decide(@PathVariable long measureId, @RequestBody DecisionBody body, CurrentUser user) {
		return penalties.decide(measureId, Boolean.TRUE.equals(body.disclose()), user);
	}

	record ServiceBody(@Nullable String method, @Nullable String servedTo, @Nullable Instant servedAt) {
	}

	@PostMapping("/service")
	PenaltyCases.PenaltyView serve(@PathVariable long measureId, @RequestBody ServiceBody body, CurrentUser user) {
		return penalties.serve(measureId, body.method(), body.servedTo(), body.servedAt(), user);
	}

	@PostMapping("/filing")
	PenaltyCases.PenaltyView approveFiling(@PathVariable long measureId, CurrentUser user) {
		return penalties.approveFiling(measureId, user);
	}

	record NoticeBody(@Nullable Instant noticeAt) {
	}

	@PostMapping("/notice")
	PenaltyCases.PenaltyView notice(@PathVariable long measureId, @RequestBody NoticeBody body, CurrentUser user) {
		return penalties.notify(measureId, body.noticeAt(), user);
	}

	record StatementBody(@Nullable String content, @Nullable Instant receivedAt, @Nullable Boolean hearingRequest) {
	}

	@PostMapping("/statements")
	PenaltyCases.PenaltyView statement(@PathVariable long measureId, @RequestBody StatementBody body, CurrentUser user) {
		return penalties.receive(measureId, Boolean.TRUE.equals(body.hearingRequest()), body.content(), body.receivedAt(),
				user);
	}

	record AnswerBody(@Nullable Boolean adopted, @Nullable String answer) {
	}

	@PostMapping("/statements/{statementId}/answer")
	PenaltyCases.PenaltyView answer(@PathVariable long measureId, @PathVariable long statementId,
			@RequestBody AnswerBody body, CurrentUser user) {
		return penalties.answer(measureId, statementId, body.adopted(), body.answer(), user);
	}

	record WaiverBody(@Nullable String note, @Nullable Instant waivedAt) {
	}

	@PostMapping("/waiver")
	PenaltyCases.PenaltyView waiver(@PathVariable long measureId, @RequestBody WaiverBody body, CurrentUser user) {
		return penalties.waive(measureId, body.note(), body.waivedAt(), user);
	}

	record HearingBody(@Nullable Instant hearingAt, @Nullable String place, @Nullable String record) {
	}

	@PostMapping("/hearing")
	PenaltyCases.PenaltyView hearing(@PathVariable long measureId, @RequestBody HearingBody body, CurrentUser user) {
		return penalties.scheduleHearing(measureId, body.hearingAt(), body.place(), user);
	}

	@PostMapping("/hearing/record")
	PenaltyCases.PenaltyView hearingRecord(@PathVariable long measureId, @RequestBody HearingBody body, CurrentUser user) {
		return penalties.holdHearing(measureId, body.record(), user);
	}

	record ExecutionBody(@Nullable String kind, @Nullable String note) {
	}

	@PostMapping("/execution")
	PenaltyCases.PenaltyView execution(@PathVariable long measureId, @RequestBody ExecutionBody body, CurrentUser user) {
		return penalties.execute(measureId, body.kind(), body.note(), user);
	}

	record ClosingBody(@Nullable String note) {
	}

	@PostMapping("/closing")
	PenaltyCases.PenaltyView closing(@PathVariable long measureId, @RequestBody ClosingBody body, CurrentUser user) {
		return penalties.close(measureId, body.note(), user);
	}

	static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		try {
			return file == null || file.isEmpty() ? null : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
