package org.steward.notification;

import org.steward.cases.CaseSummary;
import org.steward.cluster.NodeMessage;

/**
 * A case's board row changed on another node: this node draws it from the summary and pushes it
 * to its own subscribers under the same event id, so a browser that reconnects to any node sees
 * one sequence of ids.
 *
 * @param id the event id the publishing node gave the row
 * @param summary the case after the step, as the event carried it
 */
record CaseRowRelayed(String id, CaseSummary summary) implements NodeMessage {
}
