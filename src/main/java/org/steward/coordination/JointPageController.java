package org.steward.coordination;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
import org.steward.refusal.Refusal;
import org.steward.notification.LiveBoards;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.organization.Departments;

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

	JointPageController(JointHandling handling, LiveBoards emitters, Departments departments,
			Clock clock, StewardProperties steward, MessageSource messages,
			CaseQueries caseQueries) {
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
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
		}
		List<JointTask> tasks = call(() -> handling.queue(states, user));
		model.addAttribute("tasks", tasks);
		// what and where each case's problem is: the liaison's task on it is the authority to read it
		java.util.Map<String, CaseBrief> briefs = new java.util.HashMap<>();
		for (JointTask t : tasks) {
			if (!briefs.containsKey(t.caseNumber())) {
				call(() -> handling.caseBrief(t.caseNumber(), user)).ifPresent(b -> briefs.put(t.caseNumber(), b));
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
			Locale locale, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "acknowledge" -> handling.acknowledge(id, user);
				case "progress" -> handling.progress(id, notes, TaskApiController.uploads(photos), user);
				case "complete" -> handling.complete(id, result, user);
				case "decline" -> handling.decline(id, reason, basis, user);
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("done", action);
		}
		catch (TaskRejected ex) {
			rejectOrFail(ex, redirect, id);
			// the failed card shows the error under its own form and keeps what was typed there
			redirect.addFlashAttribute("rejectionAction", action);
			redirect.addFlashAttribute("notes", notes);
			redirect.addFlashAttribute("result", result);
			redirect.addFlashAttribute("reason", reason);
			redirect.addFlashAttribute("basis", basis);
		}
		catch (Refusal ex) {
			if (ex.fields().stream().noneMatch(f -> f.field().startsWith("photos"))) {
				throw ex;
			}
			// each bad photo by its place in the form, in the reader's language; the notes come back with them
			redirect.addFlashAttribute("photoErrors", ex.fields().stream().map(problem -> {
				String why = messages.getMessage(problem, locale);
				String number = photoNumber(problem.field());
				return number.isEmpty() ? why
						: messages.getMessage("coordination.photo.error", new Object[] { number, why }, locale);
			}).toList());
			redirect.addFlashAttribute("rejectionTask", id);
			redirect.addFlashAttribute("rejectionAction", action);
			redirect.addFlashAttribute("notes", notes);
		}
		return "redirect:/coordination/tasks";
	}

	/** {@code photos[2]} → "3" (people count from one); {@code photos} (too many) → "". */
	private static String photoNumber(String field) {
		int open = field.indexOf('[');
		return open < 0 ? "" : Integer.toString(Integer.parseInt(field.substring(open + 1, field.length() - 1)) + 1);
	}

	/** A photo a department sent with its progress, for whoever may read the task. */
	@GetMapping("/coordination/tasks/{id}/photos/{sha256}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable String sha256, CurrentUser user) {
		JointHandling.TaskPhoto photo = call(() -> handling.photo(id, sha256, user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return photoAnswer(photo);
	}

	// ------------------------------------------------------------ one case's joint board

	@GetMapping("/cases/{number}/joint")
	String caseBoard(@PathVariable String number, CurrentUser user, Model model) {
		model.addAttribute("caseNumber", number);
		List<JointTask> tasks = call(() -> handling.ofCase(number, user));
		model.addAttribute("tasks", tasks);
		model.addAttribute("brief", call(() -> handling.caseBrief(number, user)).orElse(null));
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
		JointHandling.TaskPhoto photo = call(() -> handling.casePhoto(number, sha256, user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
		call(() -> handling.ofCase(number, user));
		return emitters.subscribe(JointBoards.ofCase(number), locale);
	}

	@PostMapping("/cases/{number}/joint/whistle")
	String whistle(@PathVariable String number, @RequestParam(required = false) @Nullable List<String> departments,
			@RequestParam(required = false) @Nullable String reason, CurrentUser user, RedirectAttributes redirect) {
		try {
			handling.whistle(number, departments == null ? List.of() : departments, reason, user);
			redirect.addFlashAttribute("done", "whistle");
		}
		catch (TaskRejected ex) {
			rejectOrFail(ex, redirect, null);
		}
		return "redirect:/cases/" + number + "/joint";
	}

	@PostMapping("/cases/{number}/joint/tasks/{id}/decision")
	String decide(@PathVariable String number, @PathVariable long id, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String notes, CurrentUser user, RedirectAttributes redirect) {
		try {
			handling.decideDecline(id, approve, notes, user);
			redirect.addFlashAttribute("done", approve ? "approve" : "refuse");
		}
		catch (TaskRejected ex) {
			rejectOrFail(ex, redirect, id);
		}
		return "redirect:/cases/" + number + "/joint";
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

	/** A page shows an expected refusal as a message; not-found and forbidden stay HTTP errors. */
	private static void rejectOrFail(TaskRejected ex, RedirectAttributes redirect, @Nullable Long id) {
		switch (ex.kind()) {
			case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FORBIDDEN -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			default -> {
				redirect.addFlashAttribute("rejection", ex.kind().name());
				redirect.addFlashAttribute("rejectionState", ex.currentState() == null ? null : ex.currentState().name());
				redirect.addFlashAttribute("rejectionField", ex.field());
				redirect.addFlashAttribute("rejectionTask", id);
			}
		}
	}

	private static <T> T call(java.util.function.Supplier<T> query) {
		try {
			return query.get();
		}
		catch (TaskRejected ex) {
			throw new ResponseStatusException(
					ex.kind() == TaskRejected.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
		}
	}

	private static void requireCommandCentre(CurrentUser user) {
		if (!user.has(Role.COMMAND_CENTRE) && !user.has(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
