package org.steward.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.steward.cases.Channel;

/** A submission from any channel: the request, its photos, who sent it and its idempotency key. */
record ReportDraft(ReportRequest request, List<PhotoUpload> photos, Channel channel, @Nullable String submittedBy,
		@Nullable String idempotencyKey) {

	ReportDraft {
		photos = List.copyOf(photos);
	}
}
