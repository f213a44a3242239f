package org.steward.parties;

/** Whether the party holds the business licence its activity needs. */
public enum LicenceStatus {
	LICENSED, UNLICENSED, EXPIRED, NOT_REQUIRED
}
