package org.steward.coordination;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.cases.CaseBrief;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.notification.LiveBoards;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.organization.Departments;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * Pages of joint handling: a liaison's task queue with its actions, a case's joint board (with
 * the whistle and the lead's decline decisions) and the command centre's live joint board.
 */
@Controller
class JointPageController {

	private final JointHandling handling;

	private final LiveBoards emitters;

	private final Departments departments;

	private final Clock clock;

	private final ZoneId zone;

	private final MessageSource messages;

	private final CaseQueries caseQueries;

	private final RefusalTexts refusals;

	JointPageController(JointHandling handling, LiveBoards emitters, Departments departments,
			Clock clock, StewardProperties steward, MessageSource messages,
			CaseQueries caseQueries, RefusalTexts refusals) {
		this.refusals = refusals;
		this.caseQueries = caseQueries;
		this.messages = messages;
		this.handling = handling;
		this.emitters = emitters;
		this.departments = departments;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	@ModelAttribute("now")
	java.time.Instant now() {
		return clock.instant();
	}

	// ------------------------------------------------------------ liaison's queue

	@GetMapping("/coordination/tasks")
	String queue(@RequestParam(required = false) @Nullable String status, CurrentUser user, Model model) {
		EnumSet<TaskState> states = EnumSet.noneOf(TaskState.class);
		if (status != null && !status.isBlank()) {
			try {
				states.add(TaskState.valueOf(status));
			}
			catch (IllegalArgumentException ex) {
				throw TaskRefusals.unknownState(status);
			}
		}
		List<JointTask> tasks = handling.queue(states, user);
		model.addAttribute("tasks", tasks);
		// what and where each case's problem is: the liaison's task on it is the authority to read it
		java.util.Map<String, CaseBrief> briefs = new java.util.HashMap<>();
		for (JointTask t : tasks) {
			if (!briefs.containsKey(t.caseNumber())) {
				handling.caseBrief(t.caseNumber(), user).ifPresent(b -> briefs.put(t.caseNumber(), b));
			}
		}
		model.addAttribute("briefs", briefs);
		model.addAttribute("status", status);
		model.addAttribute("states", TaskState.values());
		return "coordination/tasks";
	}

	@PostMapping("/coordination/tasks/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable String result, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String basis,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, CurrentUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "acknowledge" -> handling.acknowledge(id, user);
				case "progress" -> handling.progress(id, notes, TaskApiController.uploads(photos), user);
				case "complete" -> handling.complete(id, result, user);
				case "decline" -> handling.decline(id, reason, basis, user);
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("done", action);
			return "redirect:/coordination/tasks";
		}
		catch (Refusal refused) {
			// the failed card shows the refusal under its own form, each bad field at its input, and keeps what was typed
			shown(refused, id, action, locale, model, response);
			model.addAttribute("notes", notes);
			model.addAttribute("result", result);
			model.addAttribute("reason", reason);
			model.addAttribute("basis", basis);
			return queue(null, user, model);
		}
	}

	/**
	 * A refusal on the page that was sent, answered with its status: the sentence, each field's message (photos
	 * by their place in the form, people counting from one) and which task and form it concerns. A task or case
	 * that is not there, or not the reader's, is the whole page's answer instead.
	 */
	private void shown(Refusal refused, @Nullable Long id, @Nullable String action, Locale locale, Model model,
			HttpServletResponse response) {
		if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
			throw refused;
		}
		response.setStatus(refused.kind().status());
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		List<String> photoErrors = new java.util.ArrayList<>();
		refusals.fieldMessages(refused, locale).forEach((field, message) -> {
			if (field.equals("photos")) {
				photoErrors.add(message);
			}
			else if (field.startsWith("photos[")) {
				photoErrors.add(messages.getMessage("coordination.photo.error",
						new Object[] { photoNumber(field), message }, locale));
			}
			else {
				fields.put(field.startsWith("departments[") ? "departments" : field, message);
			}
		});
		model.addAttribute("rejection", refusals.message(refused, locale));
		model.addAttribute("rejectionFields", fields);
		model.addAttribute("photoErrors", photoErrors.isEmpty() ? null : photoErrors);
		model.addAttribute("rejectionTask", id);
		model.addAttribute("rejectionAction", action);
	}

	/** {@code photos[2]} → "3" (people count from one). */
	private static String photoNumber(String field) {
		int open = field.indexOf('[');
		return Integer.toString(Integer.parseInt(field.substring(open + 1, field.length() - 1)) + 1);
	}

	/** A photo a department sent with its progress, for whoever may read the task. */
	@GetMapping("/coordination/tasks/{id}/photos/{sha256}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable String sha256, CurrentUser user) {
		JointHandling.TaskPhoto photo = handling.photo(id, sha256, user).orElseThrow(TaskRefusals::photoNotFound);
		return photoAnswer(photo);
	}

	// ------------------------------------------------------------ one case's joint board

	@GetMapping("/cases/{number}/joint")
	String caseBoard(@PathVariable String number, CurrentUser user, Model model) {
		model.addAttribute("caseNumber", number);
		List<JointTask> tasks = handling.ofCase(number, user);
		model.addAttribute("tasks", tasks);
		model.addAttribute("brief", handling.caseBrief(number, user).orElse(null));
		// a liaison reads the joint board through their task; the case page itself may stay closed to them
		model.addAttribute("mayOpenCase", CaseNumber.isValid(number) && caseQueries.maySee(new CaseNumber(number), user));
		model.addAttribute("withProgress", tasks.stream().filter(t -> !t.progressSteps().isEmpty()).toList());
		model.addAttribute("streamUrl", "/cases/" + number + "/joint/stream");
		model.addAttribute("mayWhistle", JointHandling.WHISTLERS.stream().anyMatch(user::has));
		model.addAttribute("mayDecide", user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER)
				|| user.has(Role.COMMAND_CENTRE));
		model.addAttribute("departments", departments.all());
		return "coordination/case";
	}

	/** A photo of the case's report, for a reader of its joint work (a liaison through their task). */
	@GetMapping("/cases/{number}/joint/photos/{sha256}")
	ResponseEntity<Resource> casePhoto(@PathVariable String number, @PathVariable String sha256, CurrentUser user) {
		JointHandling.TaskPhoto photo = handling.casePhoto(number, sha256, user).orElseThrow(TaskRefusals::photoNotFound);
		return photoAnswer(photo);
	}

	private static ResponseEntity<Resource> photoAnswer(JointHandling.TaskPhoto photo) {
		// content-addressed: the bytes behind a hash never change, but only signed-in readers may keep them
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(photo.file()));
	}

	@GetMapping(path = "/cases/{number}/joint/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter caseStream(@PathVariable String number, CurrentUser user, Locale locale) {
		try {
			handling.ofCase(number, user);
		}
		catch (Refusal refused) {
			// an event stream has no page to word the refusal on; its status says it
			throw new ResponseStatusException(HttpStatusCode.valueOf(refused.kind().status()));
		}
		return emitters.subscribe(JointBoards.ofCase(number), locale);
	}

	@PostMapping("/cases/{number}/joint/whistle")
	String whistle(@PathVariable String number, @RequestParam(required = false) @Nullable List<String> departments,
			@RequestParam(required = false) @Nullable String reason, CurrentUser user, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			handling.whistle(number, departments == null ? List.of() : departments, reason, user);
			redirect.addFlashAttribute("done", "whistle");
			return "redirect:/cases/" + number + "/joint";
		}
		catch (Refusal refused) {
			shown(refused, null, "whistle", locale, model, response);
			model.addAttribute("reason", reason);
			model.addAttribute("chosen", departments == null ? List.of() : departments);
			return caseBoard(number, user, model);
		}
	}

	@PostMapping("/cases/{number}/joint/tasks/{id}/decision")
	String decide(@PathVariable String number, @PathVariable long id, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String notes, CurrentUser user, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			handling.decideDecline(id, approve, notes, user);
			redirect.addFlashAttribute("done", approve ? "approve" : "refuse");
			return "redirect:/cases/" + number + "/joint";
		}
		catch (Refusal refused) {
			// the decision's card may be gone with the state that refused it: the page's own message says it
			shown(refused, id, null, locale, model, response);
			model.addAttribute("notes", notes);
			return caseBoard(number, user, model);
		}
	}

	// ------------------------------------------------------------ command centre's live board

	@GetMapping("/boards/joint")
	String jointBoard(CurrentUser user, Model model) {
		requireCommandCentre(user);
		model.addAttribute("tasks", handling.openTasks());
		model.addAttribute("streamUrl", "/boards/joint/stream");
		return "coordination/board";
	}

	@GetMapping(path = "/boards/joint/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter jointStream(CurrentUser user, Locale locale) {
		requireCommandCentre(user);
		return emitters.subscribe(JointBoards.JOINT, locale);
	}

	// ------------------------------------------------------------ internals

	private static void requireCommandCentre(CurrentUser user) {
		if (!user.has(Role.COMMAND_CENTRE) && !user.has(Role.ADMIN)) {
			throw TaskRefusals.boardForCommandCentre();
		}
	}
}
