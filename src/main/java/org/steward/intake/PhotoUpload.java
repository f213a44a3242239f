package org.steward.intake;

import org.jspecify.annotations.Nullable;

/** A photo as uploaded: its bytes and the type the client claimed (recorded, never trusted). */
record PhotoUpload(@Nullable String fileName, @Nullable String declaredType, byte[] bytes) {
}
