package org.steward.coordination;

/** Names of the joint-handling live boards in notification's {@code LiveBoards}. */
final class JointBoards {

	/** The command centre's board of every joint case. */
	static final String JOINT = "joint";

	private JointBoards() {
	}

	/** The board of one case's departments. */
	static String ofCase(String caseNumber) {
		return "joint-case:" + caseNumber;
	}
}
