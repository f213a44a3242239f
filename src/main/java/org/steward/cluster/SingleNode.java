package org.steward.cluster;

/** The embedded database serves one node: there is nobody to tell. */
final class SingleNode implements Nodes {

	private final String self;

	SingleNode(String self) {
		this.self = self;
	}

	@Override
	public void tell(NodeMessage message) {
		// one node: every listener already heard the local event
	}

	@Override
	public String self() {
		return self;
	}
}
