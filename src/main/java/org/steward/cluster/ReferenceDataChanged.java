package org.steward.cluster;

/**
 * Reference data of one kind changed: every cached copy of it, on every node, is stale.
 * <p>
 * The module that changed the data publishes this event in the changing transaction. Caches
 * listen after commit ({@code @TransactionalEventListener(fallbackExecution = true)}) and drop or
 * reload their copy. On a deployment of several nodes the event is relayed to the other nodes
 * (it arrives there with {@code relayed = true}, so it is not relayed again); a cache treats both
 * alike.
 *
 * @param kind which reference data changed
 * @param relayed whether this node heard it from another node rather than changed the data itself
 */
public record ReferenceDataChanged(Kind kind, boolean relayed) implements NodeMessage {

	public ReferenceDataChanged {
		java.util.Objects.requireNonNull(kind, "kind");
	}

	/** Published by the node that changed the data. */
	public static ReferenceDataChanged of(Kind kind) {
		return new ReferenceDataChanged(kind, false);
	}

	/** The kinds of reference data that nodes cache. */
	public enum Kind {
		/** accounts, their roles, scopes and enabled state */
		ACCOUNTS,
		/** categories, their rules and settings */
		CATALOGUE,
		/** the working calendar (holidays, adjusted working days) */
		CALENDAR,
		/** territory units: districts, streets, communities, grids and their shapes */
		TERRITORY,
		/** stations, squads, departments and the routing between them */
		ORGANISATION
	}
}
