package org.steward.cases;

import java.util.List;
import java.util.Set;

/**
 * The departments taking part in a case, as another module knows them: a department liaison sees
 * exactly the cases on which their department has a task (and nothing by the case's lead
 * department). Cases never learn who answers (no dependency on the answering module): every bean of
 * this type is asked. Coordination answers with its tasks.
 */
public interface CaseParticipants {

	/** The codes of the departments taking part in the case. */
	Set<String> departmentsOf(CaseNumber caseNumber);

	/** The numbers of the cases the department takes part in. */
	List<String> casesOf(String departmentCode);
}
