package org.steward.outreach;

import org.springframework.context.ApplicationContext;

/** For tests outside this package that need the reminder sweep (session tomorrow, invitations) run now. */
public final class OutreachTestHooks {

	private OutreachTestHooks() {
	}

	public static int remindSessions(ApplicationContext context) {
		return context.getBean(SessionReminders.class).remind();
	}
}
