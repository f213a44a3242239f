package org.steward.coordination;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.identity.CurrentUser;

/**
 * Coordination's facade for other modules: the whistle and the departments' actions on their
 * tasks, with the same rules, deadlines and authority checks as the pages and the API
 * ({@code /api/v1/cases/{n}/whistle}, {@code /api/v1/tasks/{id}/…}). Used by the demo seeder.
 *
 * @throws org.steward.refusal.Refusal from every method, as the API answers it
 */
public interface JointTasks {

	/** A station head, squad leader or community staff member calls further departments onto an open case. */
	List<JointTask> whistle(String caseNumber, List<String> departmentCodes, @Nullable String reason, CurrentUser who);

	/** The department's liaison reports for duty on the task (报到). */
	JointTask acknowledge(long id, CurrentUser who);

	JointTask progress(long id, @Nullable String notes, CurrentUser who);

	JointTask complete(long id, @Nullable String result, CurrentUser who);

	/** Every department's task on one case, as the joint board shows it. */
	List<JointTask> ofCase(String caseNumber, CurrentUser who);
}
