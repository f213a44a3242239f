package org.steward.enforcement;

/** Whether the party holds the business licence its activity needs. */
enum LicenceStatus {
	LICENSED, UNLICENSED, EXPIRED, NOT_REQUIRED
}
