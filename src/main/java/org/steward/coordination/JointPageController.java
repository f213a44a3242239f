package org.steward.coordination;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.notification.LiveBoards;
import org.steward.identity.Accounts;
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

	private final Accounts accounts;

	private final Clock clock;

	private final ZoneId zone;

	JointPageController(JointHandling handling, LiveBoards emitters, Departments departments, Accounts accounts,
			Clock clock, @Value("${steward.zone:Asia/Shanghai}") ZoneId zone) {
		this.handling = handling;
		this.emitters = emitters;
		this.departments = departments;
		this.accounts = accounts;
		this.clock = clock;
		this.zone = zone;
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
	String queue(@RequestParam(required = false) @Nullable String status, Model model) {
		CurrentUser user = user();
		EnumSet<TaskState> states = EnumSet.noneOf(TaskState.class);
		if (status != null && !status.isBlank()) {
			try {
				states.add(TaskState.valueOf(status));
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
		}
		model.addAttribute("tasks", call(() -> handling.queue(states, user)));
		model.addAttribute("status", status);
		model.addAttribute("states", TaskState.values());
		return "coordination/tasks";
	}

	@PostMapping("/coordination/tasks/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable String result, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String basis, RedirectAttributes redirect) {
		CurrentUser user = user();
		try {
			switch (action) {
				case "acknowledge" -> handling.acknowledge(id, user);
				case "progress" -> handling.progress(id, notes, user);
				case "complete" -> handling.complete(id, result, user);
				case "decline" -> handling.decline(id, reason, basis, user);
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("done", action);
		}
		catch (TaskRejected ex) {
			rejectOrFail(ex, redirect, id);
		}
		return "redirect:/coordination/tasks";
	}

	// ------------------------------------------------------------ one case's joint board

	@GetMapping("/cases/{number}/joint")
	String caseBoard(@PathVariable String number, Model model) {
		CurrentUser user = user();
		model.addAttribute("caseNumber", number);
		model.addAttribute("tasks", call(() -> handling.ofCase(number, user)));
		model.addAttribute("streamUrl", "/cases/" + number + "/joint/stream");
		model.addAttribute("mayWhistle", user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER)
				|| user.has(Role.COMMUNITY_STAFF));
		model.addAttribute("mayDecide", user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER)
				|| user.has(Role.COMMAND_CENTRE));
		model.addAttribute("departments", departments.all());
		return "coordination/case";
	}

	@GetMapping(path = "/cases/{number}/joint/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter caseStream(@PathVariable String number, Locale locale) {
		CurrentUser user = user();
		call(() -> handling.ofCase(number, user));
		return emitters.subscribe(JointBoards.ofCase(number), locale);
	}

	@PostMapping("/cases/{number}/joint/whistle")
	String whistle(@PathVariable String number, @RequestParam(required = false) @Nullable List<String> departments,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			handling.whistle(number, departments == null ? List.of() : departments, reason, user());
			redirect.addFlashAttribute("done", "whistle");
		}
		catch (TaskRejected ex) {
			rejectOrFail(ex, redirect, null);
		}
		return "redirect:/cases/" + number + "/joint";
	}

	@PostMapping("/cases/{number}/joint/tasks/{id}/decision")
	String decide(@PathVariable String number, @PathVariable long id, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String notes, RedirectAttributes redirect) {
		try {
			handling.decideDecline(id, approve, notes, user());
			redirect.addFlashAttribute("done", approve ? "approve" : "refuse");
		}
		catch (TaskRejected ex) {
			rejectOrFail(ex, redirect, id);
		}
		return "redirect:/cases/" + number + "/joint";
	}

	// ------------------------------------------------------------ command centre's live board

	@GetMapping("/boards/joint")
	String jointBoard(Model model) {
		commandUser();
		model.addAttribute("tasks", handling.openTasks());
		model.addAttribute("streamUrl", "/boards/joint/stream");
		return "coordination/board";
	}

	@GetMapping(path = "/boards/joint/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter jointStream(Locale locale) {
		commandUser();
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

	private CurrentUser commandUser() {
		CurrentUser user = user();
		if (!user.has(Role.COMMAND_CENTRE) && !user.has(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return user;
	}

	private CurrentUser user() {
		return accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
	}
}
