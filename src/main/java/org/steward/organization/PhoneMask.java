package org.steward.organization;

/**
 * Hides the middle of a phone number on public pages, the way Chinese sites show mobiles
 * (138****5678): enough to recognise a number, not enough to call it.
 */
final class PhoneMask {

	private PhoneMask() {
	}

	static String mask(String phone) {
		String digits = phone.strip();
		if (digits.length() < 7) {
			return "****";
		}
		return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
	}
}
