package org.steward.coordination;

import org.steward.cluster.NodeMessage;

/**
 * A department task changed on another node: this node reads the task and pushes its row to its
 * own joint-board subscribers under the same event id.
 *
 * @param id the event id the publishing node gave the row
 * @param taskId the task
 * @param caseNumber its case, whose joint board shows it too
 */
record TaskRowRelayed(String id, long taskId, String caseNumber) implements NodeMessage {
}
