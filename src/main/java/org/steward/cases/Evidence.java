package org.steward.cases;

/** A stored file (photo) attached to a report or an action: its id, content type and SHA-256. */
public record Evidence(String id, String contentType, String sha256, long size) {
}
