package org.steward.cluster;

/**
 * A message one node tells every other node of the deployment (see {@link Nodes#tell}). It must
 * be a record that Jackson writes and reads back as JSON, small enough for a PostgreSQL
 * notification (under {@value Nodes#MAX_PAYLOAD_BYTES} bytes as JSON). The other nodes receive it as
 * a local application event, published outside any transaction; the sending node does not.
 */
public interface NodeMessage {
}
