package org.steward.coordination;

import org.steward.StewardProperties;
import org.steward.notification.LiveBoards;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.steward.cluster.Nodes;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Redraws a changed task's row on the command centre's joint board and on its case's joint board,
 * on every node: the node that changed the task pushes to its own subscribers and tells the
 * others ({@link TaskRowRelayed}, leaving with this listener's commit), which read the task and
 * push to theirs.
 */
@Component
class JointBoardListener {

	private final LiveBoards emitters;

	private final JointHandling handling;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final ZoneId zone;

	private final Nodes nodes;

	JointBoardListener(LiveBoards emitters, JointHandling handling, ITemplateEngine templates, Clock clock,
			StewardProperties steward, Nodes nodes) {
		this.nodes = nodes;
		this.emitters = emitters;
		this.handling = handling;
		this.templates = templates;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@ApplicationModuleListener
	void on(TaskChanged event) {
		String id = Long.toString(event.taskId());
		push(id, event.taskId(), event.caseNumber());
		nodes.tell(new TaskRowRelayed(id, event.taskId(), event.caseNumber()));
	}

	/** A task changed on another node: push its row, as read here, to this node's subscribers. */
	@EventListener
	void on(TaskRowRelayed relayed) {
		push(relayed.id(), relayed.taskId(), relayed.caseNumber());
	}

	private void push(String id, long taskId, String caseNumber) {
		Set<String> boards = Set.of(JointBoards.JOINT, JointBoards.ofCase(caseNumber));
		if (!emitters.anyListening(boards)) {
			return;
		}
		handling.view(taskId).ifPresent(task -> emitters.push(boards, "task", id, locale -> render(task, locale)));
	}

	String render(JointTask task, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("task", task);
		context.setVariable("zone", zone);
		context.setVariable("now", clock.instant());
		return templates.process("coordination/partials/task-row", Set.of("oob"), context).strip();
	}
}
