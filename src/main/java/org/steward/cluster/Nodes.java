package org.steward.cluster;

/**
 * The other application nodes of this deployment. On PostgreSQL a message travels as a
 * notification ({@code pg_notify}) issued on the caller's transaction, so it is delivered when
 * that transaction commits and never if it rolls back; without a transaction it leaves at once.
 * On the embedded database there is one node and nothing to tell.
 */
public interface Nodes {

	/** PostgreSQL's limit for a notification's payload is 8000 bytes; this leaves room for the envelope. */
	int MAX_PAYLOAD_BYTES = 7_500;

	/** Tells every other node; it arrives there as a local application event. */
	void tell(NodeMessage message);

	/** This node's name, as it signs what it tells (and so recognises its own messages). */
	String self();
}
