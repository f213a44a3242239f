package org.steward.messaging;

import java.util.Map;

/**
 * An SMS provider. The text of an SMS in China is a template approved at the provider: Steward
 * sends the template's code and its parameters, never free text.
 */
interface SmsGateway {

	/**
	 * @param outId our reference for the message (the provider echoes it in receipts)
	 */
	Courier.Delivery send(String phone, String templateCode, Map<String, String> params, String outId);
}
