package org.steward.messaging;

import java.util.Arrays;
import java.util.List;

/**
 * What a message is about. Each kind has a subject and a body template per language
 * ({@code messaging.kind.<KIND>.subject} / {@code .body} in the bundles) and, for SMS, a
 * template code at the gateway (configuration). {@code urgent} kinds may send SMS in quiet hours.
 */
enum MessageKind {
	// residents
	RECEIVED(Audience.RESIDENT, false), ON_SITE(Audience.RESIDENT, false), RESULT(Audience.RESIDENT, false),
	REOPENED(Audience.RESIDENT, false),
	// parties' contacts invited to a guidance or legal-education session
	INVITATION(Audience.RESIDENT, false),
	// staff
	DISPATCHED(Audience.STAFF, false), DEADLINE_MISSED(Audience.STAFF, true), WHISTLED_IN(Audience.STAFF, false),
	TASK_DEADLINE_MISSED(Audience.STAFF, true), DECLINE_TO_DECIDE(Audience.STAFF, false),
	EXTENSION_TO_APPROVE(Audience.STAFF, false), RATING_TO_REVIEW(Audience.STAFF, false),
	MEASURE_RECORDED(Audience.STAFF, false),
	// reminders: a deadline about to pass reaches the station even in quiet hours; a re-inspection or
	// a session is known well ahead
	ACKNOWLEDGE_DEADLINE_NEAR(Audience.STAFF, true), HANDLE_DEADLINE_NEAR(Audience.STAFF, true),
	REINSPECTION_DUE(Audience.STAFF, false), SESSION_TOMORROW(Audience.STAFF, false),
	// residents, added later (kept last: the order above is what configurations were written against)
	TRANSFERRED(Audience.RESIDENT, false);

	enum Audience {
		RESIDENT, STAFF
	}

	final Audience audience;

	final boolean urgent;

	MessageKind(Audience audience, boolean urgent) {
		this.audience = audience;
		this.urgent = urgent;
	}

	static List<MessageKind> forStaff() {
		return Arrays.stream(values()).filter(k -> k.audience == Audience.STAFF).toList();
	}
}
