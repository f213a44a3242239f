package org.steward.identity;

/** Database identity of an account; the username is the identity people use. */
record AccountId(long value) {
}
