package org.steward.messaging;

/**
 * Where a message stands. SENDING is held by one sender for a lease; UNKNOWN is an SMS whose
 * gateway call may or may not have gone through — never retried, so no SMS goes twice.
 */
enum MessageStatus {
	PENDING, SENDING, SENT, FAILED, SKIPPED, UNKNOWN
}
