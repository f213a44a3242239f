/**
 * What the application nodes of one deployment tell each other. Today one signal: reference data
 * of some kind changed, so every node drops its cached copy (see {@link ReferenceDataChanged}).
 * Depends on nothing, so that any module may publish or hear it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package org.steward.cluster;
