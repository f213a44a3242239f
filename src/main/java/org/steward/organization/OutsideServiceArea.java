package org.steward.organization;

/** A located point lies in no grid of the service area. */
class OutsideServiceArea extends RuntimeException {

	private OutsideServiceArea(String message) {
		super(message);
	}

	static OutsideServiceArea at(double lat, double lng) {
		return new OutsideServiceArea("The point (" + lat + ", " + lng + ") is outside the service area");
	}
}
