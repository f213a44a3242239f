package org.steward.coordination;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.identity.CurrentUser;
import org.steward.evidence.Photos;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Joint handling over REST: the whistle, the departments' queue and their actions on a task. */
@RestController
@Tag(name = "Joint handling", description = "Department tasks on joint cases (一呼百应)")
class TaskApiController {

	private final JointHandling handling;

	private final Assessment assessment;

	TaskApiController(JointHandling handling, Assessment assessment) {
		this.handling = handling;
		this.assessment = assessment;
	}

	record WhistleRequest(@Nullable List<String> departments, @Nullable String reason) {
	}

	record NotesRequest(@Nullable String notes) {
	}

	record ResultRequest(@Nullable String result) {
	}

	record DeclineRequest(@Nullable String reason, @Nullable String basis) {
	}

	record DecisionRequest(@Nullable Boolean approve, @Nullable String notes) {
	}

	record LimitRequest(@Nullable Integer minutes) {
	}

	@Operation(summary = "Blow the whistle: call departments onto an open case, one task each")
	@PostMapping("/api/v1/cases/{caseNumber}/whistle")
	@ResponseStatus(HttpStatus.CREATED)
	List<JointTask> whistle(@PathVariable String caseNumber, @RequestBody WhistleRequest request, CurrentUser user) {
		return handling.whistle(caseNumber, request.departments() == null ? List.of() : request.departments(),
				request.reason(), user);
	}

	@Operation(summary = "The departments' tasks on one case (the joint board)")
	@GetMapping("/api/v1/cases/{caseNumber}/tasks")
	List<JointTask> ofCase(@PathVariable String caseNumber, CurrentUser user) {
		return handling.ofCase(caseNumber, user);
	}

	@Operation(summary = "The caller's queue: their department's tasks, or all for the command centre")
	@GetMapping("/api/v1/tasks")
	List<JointTask> queue(@RequestParam(required = false) @Nullable List<String> status, CurrentUser user) {
		Set<TaskState> states = EnumSet.noneOf(TaskState.class);
		if (status != null) {
			for (int i = 0; i < status.size(); i++) {
				try {
					states.add(TaskState.valueOf(status.get(i)));
				}
				catch (IllegalArgumentException ex) {
					throw TaskRefusals.unknownState(status.get(i));
				}
			}
		}
		return handling.queue(states, user);
	}

	@GetMapping("/api/v1/tasks/{id}")
	JointTask task(@PathVariable long id, CurrentUser user) {
		return handling.task(id, user);
	}

	@Operation(summary = "Report for duty on the task (报到)")
	@PostMapping("/api/v1/tasks/{id}/acknowledge")
	JointTask acknowledge(@PathVariable long id, CurrentUser user) {
		return handling.acknowledge(id, user);
	}

	@Operation(summary = "Report progress (notes)")
	@PostMapping(path = "/api/v1/tasks/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	JointTask progress(@PathVariable long id, @RequestBody NotesRequest request, CurrentUser user) {
		return handling.progress(id, request.notes(), user);
	}

	@Operation(summary = "Report progress with photos",
			description = "Multipart: field 'notes', parts 'photos' — up to 6 JPEG, PNG or WebP files (typed from their "
					+ "bytes) of at most 10 MB each; each photo's SHA-256 is recorded on the step. A bad photo is a 400 "
					+ "naming photos[i] and nothing is stored.")
	@PostMapping(path = "/api/v1/tasks/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	JointTask progressWithPhotos(@PathVariable long id, @RequestParam(required = false) @Nullable String notes,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos, CurrentUser user) {
		return handling.progress(id, notes, uploads(photos), user);
	}

	/** Multipart files as intake's uploads; a browser's empty file input sends one empty, nameless part. */
	static List<Photos.Upload> uploads(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		List<Photos.Upload> uploads = new java.util.ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				uploads.add(new Photos.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	@PostMapping("/api/v1/tasks/{id}/complete")
	JointTask complete(@PathVariable long id, @RequestBody ResultRequest request, CurrentUser user) {
		return handling.complete(id, request.result(), user);
	}

	@Operation(summary = "Decline: not this department's responsibility, citing the law or rule; the lead decides")
	@PostMapping("/api/v1/tasks/{id}/decline")
	JointTask decline(@PathVariable long id, @RequestBody DeclineRequest request, CurrentUser user) {
		return handling.decline(id, request.reason(), request.basis(), user);
	}

	@Operation(summary = "The case's lead approves (task ends) or refuses (task stays open) a decline")
	@PostMapping("/api/v1/tasks/{id}/decline-decision")
	JointTask decideDecline(@PathVariable long id, @RequestBody DecisionRequest request, CurrentUser user) {
		return handling.decideDecline(id, request.approve(), request.notes(), user);
	}

	@Operation(summary = "Double assessment: departments that answered and stations/communities that whistled")
	@GetMapping("/api/v1/coordination/assessment")
	Assessment.Report assessment(@RequestParam java.time.LocalDate from, @RequestParam java.time.LocalDate to,
			CurrentUser user) {
		if (!(user.scope() instanceof org.steward.identity.DataScope.District)) {
			throw TaskRefusals.assessmentForDistrict();
		}
		if (to.isBefore(from)) {
			throw TaskRefusals.toBeforeFrom();
		}
		return assessment.report(from, to);
	}

	@Operation(summary = "The acknowledgement-limit table: department → urgency → minutes; pairs not listed use the default of 30 (admin)")
	@GetMapping("/api/v1/coordination/acknowledge-limits")
	@org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
	java.util.Map<String, java.util.Map<String, Integer>> limits() {
		return handling.acknowledgeLimits();
	}

	@Operation(summary = "Set a department's acknowledgement limit for one urgency (admin)")
	@PutMapping("/api/v1/coordination/acknowledge-limits/{department}/{urgency}")
	@org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
	void setLimit(@PathVariable String department, @PathVariable String urgency, @RequestBody LimitRequest request) {
		if (request.minutes() == null) {
			throw TaskRefusals.required("minutes");
		}
		handling.setAcknowledgeMinutes(department, urgency, request.minutes());
	}
}
