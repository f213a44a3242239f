package org.steward.parties;

import java.util.concurrent.ThreadLocalRandom;

/** Valid GB 32100 credit codes for tests that register parties (each call a fresh one). */
public final class TestCreditCodes {

	private TestCreditCodes() {
	}

	public static String creditCode() {
		StringBuilder body = new StringBuilder("9141010");
		while (body.length() < 17) {
			body.append(CreditCode.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CreditCode.ALPHABET.length())));
		}
		return body.toString() + CreditCode.checkCharacter(body.toString());
	}
}
