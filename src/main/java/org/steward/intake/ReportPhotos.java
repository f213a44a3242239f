package org.steward.intake;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.cases.Evidence;
import org.steward.evidence.Photos;

/**
 * A report's photos: kept in evidence's content-addressed store (owner {@code intake-report:<id>})
 * and listed with the report under the same ids. Runs inside the report's transaction, so a
 * report that rolls back leaves neither rows nor files behind.
 */
@Component
class ReportPhotos {

	private final Photos photos;

	private final JdbcClient jdbc;

	ReportPhotos(Photos photos, JdbcClient jdbc) {
		this.photos = photos;
		this.jdbc = jdbc;
	}

	List<Evidence> store(long reportId, List<ValidatedReport.InspectedPhoto> inspected) {
		if (inspected.isEmpty()) {
			return List.of();
		}
		List<Evidence> kept = photos.keepInspected("intake-report:" + reportId, inspected.stream()
			.map(p -> new Photos.Photo(p.bytes(), p.contentType(), p.sha256(), p.gps()))
			.toList());
		for (int i = 0; i < kept.size(); i++) {
			Evidence e = kept.get(i);
			jdbc.sql("""
					insert into intake_photo (id, report_id, sort_order, sha256, content_type, size_bytes)
					values (:id, :report, :order, :sha, :type, :size)""")
				.param("id", e.id())
				.param("report", reportId)
				.param("order", i)
				.param("sha", e.sha256())
				.param("type", e.contentType())
				.param("size", e.size())
				.update();
		}
		return kept;
	}
}
