package org.steward.open311;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.steward.cases.CaseStatus;

/**
 * Cases as the public sees them through Open311, kept from case events: category, status, the
 * reporter's description, place and times — never who reported.
 */
@Repository
class ServiceRequests {

	private final JdbcClient jdbc;

	ServiceRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Request(String id, String token, String serviceCode, String serviceNameZh, String serviceNameEn,
			CaseStatus status, @Nullable String description, @Nullable String address, double lat, double lng,
			Instant requestedAt, Instant updatedAt, @Nullable Instant expectedAt) {

		boolean closed() {
			return status == CaseStatus.CLOSED || status == CaseStatus.REJECTED || status == CaseStatus.MERGED
					|| status == CaseStatus.TRANSFERRED;
		}
	}

	/** Writes the request as the case now stands; an older event never overwrites a newer state. */
	@Transactional
	void save(Request r) {
		save(r, false);
	}

	/**
	 * Writes the request's row. {@code first}: the case's registration, whose row does not exist yet
	 * but on a redelivery — tried as an insert first, one statement instead of a failed update, a
	 * read and an insert. Otherwise an update, and an insert when the row is missing (events of one
	 * case may arrive out of order); the update never overwrites a newer state.
	 */
	void save(Request r, boolean first) {
		if (first && insert(r)) {
			return;
		}
		int updated = jdbc.sql("""
				update open311_request set status = :status, service_code = :code, service_name_zh = :zh,
				  service_name_en = :en, address = :address, lat = :lat, lng = :lng, updated_at = :updated,
				  expected_at = :expected, description = coalesce(:description, description)
				where service_request_id = :id and updated_at <= :updated""")
			.param("status", r.status().name())
			.param("code", r.serviceCode())
			.param("zh", r.serviceNameZh())
			.param("en", r.serviceNameEn())
			.param("address", r.address())
			.param("lat", r.lat())
			.param("lng", r.lng())
			.param("updated", Timestamp.from(r.updatedAt()))
			.param("expected", r.expectedAt() == null ? null : Timestamp.from(r.expectedAt()))
			.param("description", r.description())
			.param("id", r.id())
			.update();
		if (updated == 0 && !first) {
			insert(r);
		}
	}

	/** Inserts the row unless it exists (then nothing, and false). */
	private boolean insert(Request r) {
		return jdbc.sql("""
				insert into open311_request (service_request_id, token, service_code, service_name_zh, service_name_en,
				  status, description, address, lat, lng, requested_at, updated_at, expected_at)
				values (:id, :token, :code, :zh, :en, :status, :description, :address, :lat, :lng, :requested,
				  :updated, :expected)
				on conflict do nothing""")
			.param("id", r.id())
			.param("token", r.token())
			.param("code", r.serviceCode())
			.param("zh", r.serviceNameZh())
			.param("en", r.serviceNameEn())
			.param("status", r.status().name())
			.param("description", r.description())
			.param("address", r.address())
			.param("lat", r.lat())
			.param("lng", r.lng())
			.param("requested", Timestamp.from(r.requestedAt()))
			.param("updated", Timestamp.from(r.updatedAt()))
			.param("expected", r.expectedAt() == null ? null : Timestamp.from(r.expectedAt()))
			.update() > 0;
	}


	@Transactional(readOnly = true)
	Optional<Request> find(String id) {
		return jdbc.sql(SELECT + " where service_request_id = :id").param("id", id).query(ServiceRequests::map).optional();
	}

	@Transactional(readOnly = true)
	Optional<Request> byToken(String token) {
		return jdbc.sql(SELECT + " where token = :token").param("token", token).query(ServiceRequests::map).optional();
	}

	/** The spec's GET filters; requested between {@code from} and {@code to}, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	List<Request> search(List<String> ids, @Nullable List<String> serviceCodes, Instant from, Instant to,
			@Nullable Boolean closed, int limit) {
		StringBuilder sql = new StringBuilder(SELECT + " where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (!ids.isEmpty()) {
			sql.append(" and service_request_id in (").append(String.join(",", ids.stream().map(i -> "?").toList())).append(")");
			args.addAll(ids);
		}
		else {
			sql.append(" and requested_at >= ? and requested_at <= ?");
			args.add(Timestamp.from(from));
			args.add(Timestamp.from(to));
		}
		if (serviceCodes != null && !serviceCodes.isEmpty()) {
			sql.append(" and service_code in (").append(String.join(",", serviceCodes.stream().map(i -> "?").toList())).append(")");
			args.addAll(serviceCodes);
		}
		if (closed != null) {
			sql.append(closed ? " and status in ('CLOSED','REJECTED','MERGED','TRANSFERRED')"
					: " and status not in ('CLOSED','REJECTED','MERGED','TRANSFERRED')");
		}
		sql.append(" order by requested_at desc, service_request_id desc");
		var spec = jdbc.sql(sql.toString());
		for (Object arg : args) {
			spec = spec.param(arg);
		}
		return spec.query(ServiceRequests::map).list().stream().limit(limit).toList();
	}

	private static final String SELECT = """
			select service_request_id, token, service_code, service_name_zh, service_name_en, status, description, address,
			  lat, lng, requested_at, updated_at, expected_at from open311_request""";

	private static Request map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime expected = rs.getObject("expected_at", OffsetDateTime.class);
		return new Request(rs.getString("service_request_id"), rs.getString("token"), rs.getString("service_code"),
				rs.getString("service_name_zh"), rs.getString("service_name_en"), CaseStatus.valueOf(rs.getString("status")),
				rs.getString("description"), rs.getString("address"), rs.getDouble("lat"), rs.getDouble("lng"),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), expected == null ? null : expected.toInstant());
	}
}
