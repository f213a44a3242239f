package org.steward.catalog;

/**
 * How a category is offered and handled, set by an administrator apart from its versioned rules.
 *
 * @param emergency danger to people or property (fire, burst pipe, road collapse…): the report form
 *        tells the reporter to call 119 / 110 / 120 first
 * @param offeredToPublic whether the public report form (and a resident's API report) offers it;
 *        staff forms always do
 * @param afterPhotoRequired handling must bring an after-photo
 * @param beforePhotoRequired arriving on the spot must bring a "before" photo, the other half of the pair
 *        the verifier compares
 */
public record CategoryHandling(boolean emergency, boolean offeredToPublic, boolean afterPhotoRequired,
		boolean beforePhotoRequired) {

	/** A category without settings: no emergency, offered to the public, no photo required. */
	public static final CategoryHandling USUAL = new CategoryHandling(false, true, false, false);

	/** The settings before "before" photos could be required. */
	public CategoryHandling(boolean emergency, boolean offeredToPublic, boolean afterPhotoRequired) {
		this(emergency, offeredToPublic, afterPhotoRequired, false);
	}
}
