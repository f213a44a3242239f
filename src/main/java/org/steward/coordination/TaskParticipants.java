package org.steward.coordination;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseParticipants;

/** A department takes part in a case when it has a task on it, in whatever state: its liaison sees that case. */
@Component
class TaskParticipants implements CaseParticipants {

	private final JdbcClient jdbc;

	TaskParticipants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> departmentsOf(CaseNumber caseNumber) {
		return Set.copyOf(jdbc.sql("select department_code from coordination_task where case_number = ?")
			.param(caseNumber.value())
			.query(String.class)
			.list());
	}

	@Override
	public List<String> casesOf(String departmentCode) {
		return jdbc.sql("select distinct case_number from coordination_task where department_code = ?")
			.param(departmentCode)
			.query(String.class)
			.list();
	}
}
