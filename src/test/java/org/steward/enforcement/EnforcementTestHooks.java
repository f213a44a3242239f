package org.steward.enforcement;

import org.springframework.context.ApplicationContext;

/** For tests outside this package that need the re-inspection sweep run now (a correction deadline passed). */
public final class EnforcementTestHooks {

	private EnforcementTestHooks() {
	}

	public static int raiseDueReinspections(ApplicationContext context) {
		return context.getBean(Reinspections.class).raiseDueTasks();
	}
}
