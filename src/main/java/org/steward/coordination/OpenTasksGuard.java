package org.steward.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;
import org.steward.organization.Departments;

/**
 * 事不完、人不撤: a joint case is not handled or closed while a department's task is still open.
 * <p>
 * Matrix tasks are opened by a listener just after the registration commits, so for a moment a
 * joint case has no tasks yet. The guard therefore also blocks while a department that the
 * responsibility matrix of the case's rules version gives a task (co-departments, and a lead other than urban management) has no task on it: the case waits for
 * the task rather than racing past it (see {@link MatrixTasks}).
 */
@Component
class OpenTasksGuard implements CaseCloseGuard {

	private final TaskStore store;

	private final MatrixTasks matrix;

	private final Departments departments;

	private final MessageSource messages;

	OpenTasksGuard(TaskStore store, MatrixTasks matrix, Departments departments, MessageSource messages) {
		this.store = store;
		this.matrix = matrix;
		this.departments = departments;
		this.messages = messages;
	}

	@Override
	public List<String> openWorkBlocking(CaseNumber caseNumber, CaseAction action) {
		return blockers(caseNumber, action, Locale.ENGLISH).stream().map(Blocker::description).toList();
	}

	@Override
	public List<Blocker> blockers(CaseNumber caseNumber, CaseAction action, Locale locale) {
		List<Task> tasks = store.ofCase(caseNumber.value());
		List<Blocker> blockers = new ArrayList<>();
		for (Task t : tasks) {
			if (t.state.isOpen()) {
				String state = messages.getMessage("coordination.state." + t.state.name(), null, t.state.name(), locale);
				blockers.add(new Blocker("task " + t.id + " of " + t.departmentCode + " is " + t.state,
						messages.getMessage("coordination.blocker.task",
								new Object[] { name(t.departmentCode, locale), Long.toString(t.id), state }, locale)));
			}
		}
		Set<String> withTask = tasks.stream().map(t -> t.departmentCode).collect(Collectors.toSet());
		for (String department : matrix.departments(caseNumber)) {
			if (!withTask.contains(department)) {
				blockers.add(new Blocker("the task of " + department + " (responsibility matrix) is not opened yet",
						messages.getMessage("coordination.blocker.pending", new Object[] { name(department, locale) },
								locale)));
			}
		}
		return blockers;
	}

	private String name(String department, Locale locale) {
		return departments.byCode(department)
			.map(d -> "en".equals(locale.getLanguage()) ? d.nameEn() : d.nameZh())
			.orElse(department);
	}
}
