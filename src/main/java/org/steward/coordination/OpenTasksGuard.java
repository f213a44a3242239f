package org.steward.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;
import org.steward.organization.Departments;
import org.steward.refusal.Refusal;

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

	OpenTasksGuard(TaskStore store, MatrixTasks matrix, Departments departments) {
		this.store = store;
		this.matrix = matrix;
		this.departments = departments;
	}

	@Override
	public List<Blocker> blockers(CaseNumber caseNumber, CaseAction action) {
		List<Task> tasks = store.ofCase(caseNumber.value());
		List<Blocker> blockers = new ArrayList<>();
		for (Task t : tasks) {
			if (t.state.isOpen()) {
				blockers.add(Blocker.of("coordination.blocker.task", name(t.departmentCode), Long.toString(t.id),
						Refusal.term("coordination.state." + t.state.name())));
			}
		}
		Set<String> withTask = tasks.stream().map(t -> t.departmentCode).collect(Collectors.toSet());
		for (String department : matrix.departments(caseNumber)) {
			if (!withTask.contains(department)) {
				blockers.add(Blocker.of("coordination.blocker.pending", name(department)));
			}
		}
		return blockers;
	}

	private MessageSourceResolvable name(String department) {
		return departments.byCode(department)
			.map(d -> CaseCloseGuard.name(d.nameZh(), d.nameEn()))
			.orElse(CaseCloseGuard.name(department, department));
	}
}
