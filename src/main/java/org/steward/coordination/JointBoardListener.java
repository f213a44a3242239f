package org.steward.coordination;

import org.steward.StewardProperties;
import org.steward.notification.LiveBoards;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Redraws a changed task's row on the command centre's joint board and on its case's joint board. */
@Component
class JointBoardListener {

	private final LiveBoards emitters;

	private final JointHandling handling;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final ZoneId zone;

	JointBoardListener(LiveBoards emitters, JointHandling handling, ITemplateEngine templates, Clock clock,
			StewardProperties steward) {
		this.emitters = emitters;
		this.handling = handling;
		this.templates = templates;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@ApplicationModuleListener
	void on(TaskChanged event) {
		Set<String> boards = Set.of(JointBoards.JOINT, JointBoards.ofCase(event.caseNumber()));
		if (!emitters.anyListening(boards)) {
			return;
		}
		handling.view(event.taskId())
			.ifPresent(task -> emitters.push(boards, "task", Long.toString(task.id()), locale -> render(task, locale)));
	}

	String render(JointTask task, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("task", task);
		context.setVariable("zone", zone);
		context.setVariable("now", clock.instant());
		return templates.process("coordination/partials/task-row", Set.of("oob"), context).strip();
	}
}
