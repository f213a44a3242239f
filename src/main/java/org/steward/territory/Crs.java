package org.steward.territory;

/**
 * Coordinate reference systems a client may send. GPS and CGCS2000 are WGS-84 to within
 * about 10 m; AMap and Tencent use GCJ-02; Baidu uses BD-09. Steward stores WGS-84 only.
 */
public enum Crs {
	WGS84,
	GCJ02,
	BD09
}
