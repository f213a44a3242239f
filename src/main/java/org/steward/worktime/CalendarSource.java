package org.steward.worktime;

/** Where a calendar entry came from, so an administrator sees what is official and what is a guess. */
enum CalendarSource {
	/** Shipped with Steward from a published State Council notice. */
	STATE_COUNCIL,
	/** Shipped before the year's arrangement was published: statutory dates only, to be replaced. */
	PROVISIONAL,
	/** Entered or changed on the admin page. */
	ADMIN,
	/** Uploaded as a holiday-cn JSON file. */
	IMPORT
}
