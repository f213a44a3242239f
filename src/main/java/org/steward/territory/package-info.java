/**
 * The territory: district → street → community → unit grid → residential compound, with
 * administrative and grid codes (GB/T 2260, GB/T 30428.1 / DB11 style), polygons imported from
 * GeoJSON, and the locator that answers which grid a point lies in. Coordinates arrive in
 * WGS-84, GCJ-02 or BD-09 and are kept in WGS-84; conversion happens only at this edge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory", allowedDependencies = { "refusal", "cluster" })
@org.jspecify.annotations.NullMarked
package org.steward.territory;
