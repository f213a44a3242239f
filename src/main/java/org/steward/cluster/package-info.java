/**
 * What the application nodes of one deployment tell each other, and how: on PostgreSQL through
 * {@code LISTEN/NOTIFY} (a message leaves with the sender's commit; each node listens on a
 * connection of its own and republishes what others told as a local application event), on the
 * embedded database not at all (one node). The one signal every module shares is
 * {@link org.steward.cluster.ReferenceDataChanged}: reference data changed, drop cached copies.
 * Modules send their own {@link org.steward.cluster.NodeMessage}s through
 * {@link org.steward.cluster.Nodes}. Depends on nothing, so that any module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.steward.cluster;
