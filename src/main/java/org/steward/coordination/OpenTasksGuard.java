package org.steward.coordination;

import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCloseGuard;
import org.steward.cases.CaseNumber;

/** 事不完、人不撤: a joint case is not handled or closed while a department's task is still open. */
@Component
class OpenTasksGuard implements CaseCloseGuard {

	private final TaskStore store;

	OpenTasksGuard(TaskStore store) {
		this.store = store;
	}

	@Override
	public List<String> openWorkBlocking(CaseNumber caseNumber, CaseAction action) {
		return store.ofCase(caseNumber.value())
			.stream()
			.filter(t -> t.state.isOpen())
			.map(t -> "task " + t.id + " of " + t.departmentCode + " is " + t.state)
			.toList();
	}
}
