package org.steward.messaging;

/** How a message reaches its recipient. */
enum MessageChannel {
	EMAIL, SMS, INAPP
}
