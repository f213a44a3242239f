package org.steward.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.steward.catalog.CategoryRulesId;
import org.steward.catalog.Urgency;
import org.steward.identity.DataScope;
import org.steward.privacy.PersonalData;
import org.steward.territory.GeoPoint;

/** Reads and writes case aggregates with plain SQL; a save checks the version it loaded. */
@Repository
class CaseStore {

	static final List<String> OPEN_STATUSES = List.of("DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "HANDLED", "ESCALATED");

	static final List<String> WORKED_ON = List.of("DISPATCHED", "ACKNOWLEDGED", "ON_SITE");

	/** {@link #WORKED_ON} as SQL literals (constants of this class, never input). */
	private static final String WORKED_ON_SQL = WORKED_ON.stream()
		.map(status -> "'" + status + "'")
		.collect(Collectors.joining(", "));

	/** Between a timeline note's arguments: the unit separator, which no code, name or number contains. */
	static final String NOTE_ARGS_SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	// the reporter's name and phone are stored sealed (SM4); only this class sees the sealed form
	private final PersonalData personalData;

	CaseStore(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	boolean trackingCodeTaken(TrackingCode code) {
		return jdbc.sql("""
				select (select count(*) from case_file where tracking_code = :c)
				     + (select count(*) from case_supporter where tracking_code = :c)
				     + (select count(*) from case_join_code where join_code = :c)""")
			.param("c", code.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether either code is in use anywhere a tracking or join code is: one round trip for a registration's two codes. */
	boolean anyTrackingCodeTaken(TrackingCode first, TrackingCode second) {
		return jdbc.sql("""
				select (select count(*) from case_file where tracking_code in (:a, :b))
				     + (select count(*) from case_supporter where tracking_code in (:a, :b))
				     + (select count(*) from case_join_code where join_code in (:a, :b))""")
			.param("a", first.value())
			.param("b", second.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** The case a "me too" supporter follows by its own tracking code (not a merged duplicate's). */
	Optional<Case> bySupporterCode(TrackingCode code) {
		return jdbc.sql("select case_id from case_supporter where tracking_code = :c and merged_from is null")
			.param("c", code.value())
			.query(Long.class)
			.optional()
			.flatMap(this::byId);
	}

	/** The tracking code a supporting report was given, if it has one. */
	Optional<TrackingCode> supporterCode(long caseId, long reportId) {
		return jdbc.sql("select tracking_code from case_supporter where case_id = :c and report_id = :r")
			.param("c", caseId)
			.param("r", reportId)
			.query(String.class)
			.optional()
			.map(TrackingCode::new);
	}

	Optional<String> joinCode(long caseId) {
		return jdbc.sql("select join_code from case_join_code where case_id = :c")
			.param("c", caseId)
			.query(String.class)
			.optional();
	}

	void insertJoinCode(long caseId, String code) {
		jdbc.sql("insert into case_join_code (case_id, join_code) values (:c, :j)")
			.param("c", caseId)
			.param("j", code)
			.update();
	}

	Optional<Case> byNumber(CaseNumber number) {
		return one("case_number = :v", number.value());
	}

	Optional<Case> byTrackingCode(TrackingCode code) {
		return one("tracking_code = :v", code.value());
	}

	Optional<Case> byReportId(long reportId) {
		return one("report_id = :v", reportId);
	}

	Optional<Case> byId(long id) {
		return one("id = :v", id);
	}

	private Optional<Case> one(String where, Object value) {
		Optional<Case> found = jdbc.sql("select * from case_file where " + where)
			.param("v", value)
			.query((rs, n) -> map(rs))
			.optional();
		found.ifPresent(c -> c.photos = evidence(c.id(), null));
		return found;
	}

	void insert(Case c) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into case_file (case_number, tracking_code, report_id, status, category_code, category_rules_id,
				    lead_department, urgency, lat, lng, address, district_code, grid_code, community_code, street_code,
				    station_code, squad_code, assigned_officer_code, assigned_officer_name, reporter_name, reporter_phone,
				    channel, submitted_by, description, supporters, rework_count, escalated_to, escalation_reason,
				    review_pending, reported_at, acknowledge_by, handle_by, escalation_level, version, created_at)
				values (:number, :tracking, :report, :status, :category, :rules, :lead, :urgency, :lat, :lng, :address,
				    :district, :grid, :community, :street, :station, :squad, :officer, :officerName, :reporterName,
				    :reporterPhone, :channel, :submittedBy, :description, :supporters, 0, :escalatedTo, :escalationReason,
				    false, :reportedAt, :acknowledgeBy, :handleBy, 0, 0, :createdAt)""")
			.param("number", c.number.value())
			.param("tracking", c.trackingCode.value())
			.param("report", c.reportId)
			.param("status", c.status.name())
			.param("category", c.categoryCode)
			.param("rules", c.rulesId.value())
			.param("lead", c.leadDepartment)
			.param("urgency", c.urgency.name())
			.param("lat", BigDecimal.valueOf(c.location.lat()))
			.param("lng", BigDecimal.valueOf(c.location.lng()))
			.param("address", c.address)
			.param("district", c.districtCode)
			.param("grid", c.gridCode)
			.param("community", c.communityCode)
			.param("street", c.streetCode)
			.param("station", c.stationCode)
			.param("squad", c.squadCode)
			.param("officer", c.assignedOfficerCode)
			.param("officerName", c.assignedOfficerName)
			.param("reporterName", personalData.seal(c.reporterName))
			.param("reporterPhone", personalData.seal(c.reporterPhone))
			.param("channel", c.channel.name())
			.param("submittedBy", c.submittedBy)
			.param("description", c.description)
			.param("supporters", c.supporters)
			.param("escalatedTo", c.escalatedTo)
			.param("escalationReason", c.escalationReason)
			.param("reportedAt", ts(c.reportedAt))
			.param("acknowledgeBy", ts(c.acknowledgeBy))
			.param("handleBy", ts(c.handleBy))
			.param("createdAt", ts(c.createdAt))
			.update(keys, "id");
		c.id = keyOf(keys);
		for (Evidence photo : c.photos) {
			insertEvidence(c.id(), null, photo);
		}
		writeSteps(c);
	}

	/**
	 * Writes the case's changed state and new steps if nobody else changed it since it was read.
	 * The sweep's alert level is left alone (it is claimed by its own conditional updates) unless
	 * the case got new deadlines, which start the alert ladder again.
	 */
	void update(Case c) {
		int updated = jdbc.sql("""
				update case_file set status = :status, station_code = :station, squad_code = :squad,
				    assigned_officer_code = :officer, assigned_officer_name = :officerName, supporters = :supporters,
				    rework_count = :rework, escalated_to = :escalatedTo, escalation_reason = :escalationReason,
				    reject_reason = :rejectReason, handle_result = :handleResult, merged_into = :mergedInto,
				    transferred_to = :transferredTo, transfer_reason = :transferReason,
				    extension_days = :extensionDays, extension_reason = :extensionReason,
				    extension_requested_until = :extensionUntil, review_pending = :review, rating = :rating,
				    rating_comment = :ratingComment, rated_at = :ratedAt, acknowledged_at = :acknowledgedAt,
				    arrived_at = :arrivedAt, handled_at = :handledAt, closed_at = :closedAt,
				    acknowledge_by = :acknowledgeBy, handle_by = :handleBy,
				    escalation_level = case when :renew then 0 else escalation_level end,
				    overdue_since = case when :renew then null else overdue_since end,
				    version = version + 1
				where id = :id and version = :version""")
			.param("status", c.status.name())
			.param("station", c.stationCode)
			.param("squad", c.squadCode)
			.param("officer", c.assignedOfficerCode)
			.param("officerName", c.assignedOfficerName)
			.param("supporters", c.supporters)
			.param("rework", c.reworkCount)
			.param("escalatedTo", c.escalatedTo)
			.param("escalationReason", c.escalationReason)
			.param("rejectReason", c.rejectReason)
			.param("handleResult", c.handleResult)
			.param("mergedInto", c.mergedInto == null ? null : c.mergedInto.value())
			.param("transferredTo", c.transferredTo)
			.param("transferReason", c.transferReason)
			.param("extensionDays", c.extensionDays)
			.param("extensionReason", c.extensionReason)
			.param("extensionUntil", ts(c.extensionRequestedUntil))
			.param("review", c.reviewPending)
			.param("rating", c.rating == null ? null : c.rating.name())
			.param("ratingComment", c.ratingComment)
			.param("ratedAt", ts(c.ratedAt))
			.param("acknowledgedAt", ts(c.acknowledgedAt))
			.param("arrivedAt", ts(c.arrivedAt))
			.param("handledAt", ts(c.handledAt))
			.param("closedAt", ts(c.closedAt))
			.param("acknowledgeBy", ts(c.acknowledgeBy))
			.param("handleBy", ts(c.handleBy))
			.param("renew", c.deadlinesRenewed)
			.param("id", c.id())
			.param("version", c.version)
			.update();
		if (updated != 1) {
			throw CaseRefusals.changedMeanwhile(c.number);
		}
		c.version++;
		c.deadlinesRenewed = false;
		writeSteps(c);
	}

	private void writeSteps(Case c) {
		for (Case.Step step : c.newSteps) {
			long timelineId = insertStep(c.id(), step);
			for (Evidence e : step.evidence()) {
				insertEvidence(c.id(), timelineId, e);
			}
		}
		c.newSteps.clear();
	}

	long insertStep(long caseId, Case.Step step) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into case_timeline (case_id, happened_at, action, actor, actor_name, from_status, to_status,
				    note_code, note_args, notes, lat, lng)
				values (:case, :at, :action, :actor, :actorName, :from, :to, :noteCode, :noteArgs, :notes, :lat, :lng)""")
			.param("case", caseId)
			.param("at", ts(step.at()))
			.param("action", step.action().name())
			.param("actor", step.actor())
			.param("actorName", step.actorName())
			.param("from", step.from() == null ? null : step.from().name())
			.param("to", step.to().name())
			.param("noteCode", step.note().code() == null ? null : step.note().code().name())
			.param("noteArgs", step.note().args().isEmpty() ? null : String.join(NOTE_ARGS_SEPARATOR, step.note().args()))
			.param("notes", step.note().text())
			.param("lat", step.location() == null ? null : BigDecimal.valueOf(step.location().lat()))
			.param("lng", step.location() == null ? null : BigDecimal.valueOf(step.location().lng()))
			.update(keys, "id");
		return keyOf(keys);
	}

	private void insertEvidence(long caseId, @Nullable Long timelineId, Evidence e) {
		jdbc.sql("""
				insert into case_evidence (case_id, timeline_id, evidence_id, content_type, sha256, size_bytes)
				values (:case, :timeline, :id, :type, :sha, :size)""")
			.param("case", caseId)
			.param("timeline", timelineId)
			.param("id", e.id())
			.param("type", e.contentType())
			.param("sha", e.sha256())
			.param("size", e.size())
			.update();
	}

	/** Evidence of the report itself ({@code timelineId} null) or of one step. */
	private List<Evidence> evidence(long caseId, @Nullable Long timelineId) {
		String where = timelineId == null ? "timeline_id is null" : "timeline_id = :t";
		var spec = jdbc.sql("select evidence_id, content_type, sha256, size_bytes from case_evidence where case_id = :c and "
				+ where + " order by id").param("c", caseId);
		if (timelineId != null) {
			spec = spec.param("t", timelineId);
		}
		return spec.query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
	}

	/** A case for a read that needs no photos (its {@code photos} stay empty): one statement. */
	Optional<Case> byNumberWithoutPhotos(CaseNumber number) {
		return jdbc.sql("select * from case_file where case_number = :v")
			.param("v", number.value())
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** A case with its timeline, as its detail shows it. */
	record Loaded(Case c, List<TimelineEntry> timeline) {
	}

	/**
	 * A case, its photos and its timeline in three statements however many steps and photos it has:
	 * the evidence of the report and of every step is read at once (where {@link #byNumber} and
	 * {@link #timeline} read it in two).
	 */
	Optional<Loaded> byNumberWithTimeline(CaseNumber number) {
		Optional<Case> found = byNumberWithoutPhotos(number);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Case c = found.get();
		Map<Long, List<Evidence>> byStep = new LinkedHashMap<>();
		List<Evidence> photos = new java.util.ArrayList<>();
		jdbc.sql("""
				select timeline_id, evidence_id, content_type, sha256, size_bytes from case_evidence
				where case_id = :c order by id""")
			.param("c", c.id())
			.query(rs -> {
				long step = rs.getLong(1);
				boolean report = rs.wasNull();
				Evidence e = new Evidence(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
				if (report) {
					photos.add(e);
				}
				else {
					byStep.computeIfAbsent(step, k -> new java.util.ArrayList<>()).add(e);
				}
			});
		c.photos = List.copyOf(photos);
		return Optional.of(new Loaded(c, timeline(c.id(), byStep)));
	}

	List<TimelineEntry> timeline(long caseId) {
		Map<Long, List<Evidence>> byStep = jdbc.sql("""
				select timeline_id, evidence_id, content_type, sha256, size_bytes from case_evidence
				where case_id = :c and timeline_id is not null order by id""")
			.param("c", caseId)
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new Evidence(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return timeline(caseId, byStep);
	}

	private List<TimelineEntry> timeline(long caseId, Map<Long, List<Evidence>> byStep) {
		return jdbc.sql("select * from case_timeline where case_id = :c order by happened_at, id")
			.param("c", caseId)
			.query((rs, n) -> {
				BigDecimal lat = rs.getBigDecimal("lat");
				BigDecimal lng = rs.getBigDecimal("lng");
				String from = rs.getString("from_status");
				String code = rs.getString("note_code");
				String args = rs.getString("note_args");
				TimelineNote note = new TimelineNote(code == null ? null : TimelineNote.Code.valueOf(code),
						args == null ? List.of() : List.of(args.split(NOTE_ARGS_SEPARATOR, -1)), rs.getString("notes"));
				return new TimelineEntry(instant(rs, "happened_at"), CaseStep.valueOf(rs.getString("action")),
						rs.getString("actor_name"), from == null ? null : CaseStatus.valueOf(from),
						CaseStatus.valueOf(rs.getString("to_status")), note,
						lat == null || lng == null ? null : new GeoPoint(lat.doubleValue(), lng.doubleValue()),
						byStep.getOrDefault(rs.getLong("id"), List.of()));
			})
			.list();
	}

	boolean supports(long caseId, long reportId) {
		return jdbc.sql("select count(*) from case_supporter where case_id = :c and report_id = :r")
			.param("c", caseId)
			.param("r", reportId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Records a report backing a case; false when it already does. */
	boolean addSupporterRow(long caseId, long reportId, @Nullable TrackingCode trackingCode,
			@Nullable CaseNumber mergedFrom, Instant at) {
		if (supports(caseId, reportId)) {
			return false;
		}
		jdbc.sql("""
				insert into case_supporter (case_id, report_id, tracking_code, merged_from, added_at)
				values (:c, :r, :t, :m, :at)""")
			.param("c", caseId)
			.param("r", reportId)
			.param("t", trackingCode == null ? null : trackingCode.value())
			.param("m", mergedFrom == null ? null : mergedFrom.value())
			.param("at", ts(at))
			.update();
		return true;
	}

	/** Open cases of a category registered since {@code since} inside a lat/lng box (refined by distance by the caller). */
	List<Case> openInBox(String categoryCode, Instant since, double minLat, double maxLat, double minLng, double maxLng) {
		return jdbc.sql("""
				select * from case_file where category_code = :cat and status in (:open) and created_at >= :since
				and lat between :minLat and :maxLat and lng between :minLng and :maxLng order by created_at desc""")
			.param("cat", categoryCode)
			.param("open", OPEN_STATUSES)
			.param("since", ts(since))
			.param("minLat", BigDecimal.valueOf(minLat))
			.param("maxLat", BigDecimal.valueOf(maxLat))
			.param("minLng", BigDecimal.valueOf(minLng))
			.param("maxLng", BigDecimal.valueOf(maxLng))
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * A page of cases matching the filter inside the scope, newest first, and their number counted up
	 * to {@code countLimit}: the count stops at the limit's next row, so it costs at most that many
	 * index entries however many cases match. With a cursor the page is the range just past it (keyset
	 * pagination: an index range scan of one page, where an offset reads every row before the page);
	 * without one, {@code page} pages by offset, as the API always has. One row more than the page is
	 * read to tell whether the list goes on.
	 */
	SearchResult search(CaseFilter filter, DataScope scope, List<String> departmentCases, Instant now, int page, int size,
			int countLimit) {
		return search(filter, scope, departmentCases, now, page, size, countLimit, null);
	}

	SearchResult search(CaseFilter filter, DataScope scope, List<String> departmentCases, Instant now, int page, int size,
			int countLimit, @Nullable Keyword keyword) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		switch (scope) {
			case DataScope.District d -> where.append(" and district_code = :scope");
			case DataScope.Squad s -> where.append(" and squad_code = :scope");
			case DataScope.Station s -> where.append(" and station_code = :scope");
			case DataScope.Community c -> where.append(" and community_code = :scope");
			case DataScope.Department d -> where.append(departmentCases.isEmpty() ? " and 1 = 0"
					: " and case_number in (:departmentCases)");
		}
		params.put("scope", scope.code());
		if (scope instanceof DataScope.Department && !departmentCases.isEmpty()) {
			params.put("departmentCases", departmentCases);
		}
		if (!filter.statuses().isEmpty()) {
			where.append(" and status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.stationCode() != null) {
			where.append(" and station_code = :station");
			params.put("station", filter.stationCode());
		}
		if (filter.categoryCode() != null) {
			where.append(" and category_code = :category");
			params.put("category", filter.categoryCode());
		}
		if (filter.from() != null) {
			where.append(" and created_at >= :from");
			params.put("from", ts(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and created_at < :to");
			params.put("to", ts(filter.to()));
		}
		if (filter.commandQueue()) {
			where.append(" and status = 'ESCALATED' and escalated_to = 'COMMAND_CENTRE'");
		}
		if (filter.assignedTo() != null) {
			where.append(" and assigned_officer_code = :officer");
			params.put("officer", filter.assignedTo());
		}
		if (filter.overdue() != null) {
			// the statuses written out, not bound: once PgJDBC prepares the statement on the server,
			// PostgreSQL's generic plan cannot tell how few cases three bound statuses select and read
			// the whole table for the count (1.5 s at a million cases; 15 ms with them written out)
			String overdue = "(status in (" + WORKED_ON_SQL
					+ ") and (handle_by < :now or (status = 'DISPATCHED' and acknowledge_by < :now)))";
			where.append(filter.overdue() ? " and " + overdue : " and not " + overdue);
			params.put("now", ts(now));
		}
		if (keyword != null) {
			keyword.appendTo(where, params);
		}
		long counted = jdbc.sql("select count(*) from (select 1 from case_file" + where + " limit :countLimit) matching")
			.params(params)
			.param("countLimit", countLimit + 1)
			.query(Long.class)
			.single();
		CaseCursor cursor = filter.cursor();
		boolean backwards = cursor != null && cursor.backwards();
		if (cursor != null) {
			// a row value, so PostgreSQL bounds the index range scan with it (not filters row by row)
			where.append(backwards ? " and (created_at, id) > (:cursorAt, :cursorRow)"
					: " and (created_at, id) < (:cursorAt, :cursorRow)");
			params.put("cursorAt", ts(cursor.registeredAt()));
			params.put("cursorRow", cursor.row());
		}
		long offset = cursor == null ? (long) page * size : 0;
		String order = backwards ? " order by created_at, id" : " order by created_at desc, id desc";
		List<Case> read = jdbc.sql("select * from case_file" + where + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", size + 1)
			.param("offset", offset)
			.query((rs, n) -> map(rs))
			.list();
		boolean more = read.size() > size;
		List<Case> items = new java.util.ArrayList<>(more ? read.subList(0, size) : read);
		if (backwards) {
			java.util.Collections.reverse(items);
		}
		@Nullable String after;
		@Nullable String before;
		if (items.isEmpty()) {
			after = null;
			before = null;
		}
		else if (backwards) {
			after = position(items.getLast(), false);
			before = more ? position(items.getFirst(), true) : null;
		}
		else {
			after = more ? position(items.getLast(), false) : null;
			before = cursor != null || page > 0 ? position(items.getFirst(), true) : null;
		}
		boolean lowerBound = counted > countLimit;
		long shownBefore = (long) page * size;
		long total = lowerBound ? Math.max(countLimit, shownBefore + items.size()) : counted;
		return new SearchResult(items, total, lowerBound, after, before);
	}

	private static String position(Case c, boolean backwards) {
		return new CaseCursor(c.createdAt, c.id(), backwards).token();
	}

	/**
	 * What a search text asks for, already resolved: a case number range (a whole number or its
	 * beginning), or words each of which must appear in the description or the address, or name the
	 * case's station ({@code stationsByWord}, matched by the caller against station names).
	 */
	record Keyword(@Nullable String numberFrom, @Nullable String numberTo, List<String> words,
			List<List<String>> stationsByWord) {

		void appendTo(StringBuilder where, Map<String, Object> params) {
			if (numberFrom != null && numberTo != null) {
				// a range, not LIKE: the unique index answers it under any collation (numbers have one format)
				where.append(" and case_number between :numberFrom and :numberTo");
				params.put("numberFrom", numberFrom);
				params.put("numberTo", numberTo);
				return;
			}
			for (int i = 0; i < words.size(); i++) {
				String w = "word" + i;
				where.append(" and (lower(address) like :").append(w).append(" escape '\\' or lower(description) like :")
					.append(w)
					.append(" escape '\\'");
				if (!stationsByWord.get(i).isEmpty()) {
					where.append(" or station_code in (:").append(w).append("stations)");
					params.put(w + "stations", stationsByWord.get(i));
				}
				where.append(')');
				params.put(w, "%" + escapeLike(words.get(i).toLowerCase(java.util.Locale.ROOT)) + "%");
			}
		}

		private static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}
	}

	/** {@code total} is exact unless {@code totalIsLowerBound}: then at least that many match. */
	record SearchResult(List<Case> items, long total, boolean totalIsLowerBound, @Nullable String after,
			@Nullable String before) {
	}

	/**
	 * Cases waiting for someone, for the inbox: those matching {@code condition} (fixed SQL of the
	 * caller, with at most one named parameter) inside the scope, by {@code orderColumn} (earliest
	 * first), one more than {@link org.steward.inbox.InboxSource#LIMIT} so the caller can tell there are more.
	 */
	List<Case> waiting(String condition, @Nullable String param, @Nullable Object value, DataScope scope,
			String orderColumn) {
		String scoped = switch (scope) {
			case DataScope.District d -> "district_code = :scope";
			case DataScope.Squad s -> "squad_code = :scope";
			case DataScope.Station s -> "station_code = :scope";
			case DataScope.Community c -> "community_code = :scope";
			case DataScope.Department d -> "lead_department = :scope";
		};
		var query = jdbc.sql("select * from case_file where " + scoped + " and " + condition + " order by " + orderColumn
				+ ", id limit " + (org.steward.inbox.InboxSource.LIMIT + 1))
			.param("scope", scope.code());
		if (param != null) {
			query = query.param(param, value);
		}
		return query.query((rs, n) -> map(rs)).list();
	}

	/** Cases whose current deadline has passed and whose alert ladder is below {@code level}. */
	List<Case> overdueBelowLevel(int level, Instant dueBefore, int limit) {
		return jdbc.sql("""
				select * from case_file where status in (:worked) and escalation_level < :level
				and (handle_by < :t or (status = 'DISPATCHED' and acknowledge_by < :t)) order by id limit :limit""")
			.param("worked", WORKED_ON)
			.param("level", level)
			.param("t", ts(dueBefore))
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * Closed, unrated cases whose reporter left a phone, in case-number order after {@code after}: the
	 * call-back queue's backfill. The phone column is only tested for presence; the phone itself is
	 * read through {@link #map} like every other read.
	 */
	List<Case> closedUnratedWithPhone(String after, int limit) {
		return jdbc.sql("""
				select * from case_file where status = 'CLOSED' and rating is null and reporter_phone is not null
				and case_number > :after order by case_number limit :limit""")
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** Moves the alert ladder one rung up; only the node whose update counts 1 alerts. */
	boolean claimEscalation(long id, int fromLevel, int toLevel, Instant overdueSince) {
		return jdbc.sql("""
				update case_file set escalation_level = :to,
				    overdue_since = coalesce(overdue_since, :since)
				where id = :id and escalation_level = :from""")
			.param("to", toLevel)
			.param("since", ts(overdueSince))
			.param("id", id)
			.param("from", fromLevel)
			.update() == 1;
	}

	int escalationLevel(long id) {
		return jdbc.sql("select escalation_level from case_file where id = :id").param("id", id).query(Integer.class).single();
	}

	private Case map(ResultSet rs) throws SQLException {
		Case c = new Case();
		c.id = rs.getLong("id");
		c.number = new CaseNumber(rs.getString("case_number"));
		c.trackingCode = new TrackingCode(rs.getString("tracking_code"));
		c.reportId = rs.getLong("report_id");
		c.status = CaseStatus.valueOf(rs.getString("status"));
		c.categoryCode = rs.getString("category_code");
		c.rulesId = new CategoryRulesId(rs.getLong("category_rules_id"));
		c.leadDepartment = rs.getString("lead_department");
		c.urgency = Urgency.valueOf(rs.getString("urgency"));
		c.location = new GeoPoint(rs.getBigDecimal("lat").doubleValue(), rs.getBigDecimal("lng").doubleValue());
		c.address = rs.getString("address");
		c.districtCode = rs.getString("district_code");
		c.gridCode = rs.getString("grid_code");
		c.communityCode = rs.getString("community_code");
		c.streetCode = rs.getString("street_code");
		c.stationCode = rs.getString("station_code");
		c.squadCode = rs.getString("squad_code");
		c.assignedOfficerCode = rs.getString("assigned_officer_code");
		c.assignedOfficerName = rs.getString("assigned_officer_name");
		c.reporterName = personalData.open(rs.getString("reporter_name"));
		c.reporterPhone = personalData.open(rs.getString("reporter_phone"));
		c.channel = Channel.valueOf(rs.getString("channel"));
		c.submittedBy = rs.getString("submitted_by");
		c.description = rs.getString("description");
		c.supporters = rs.getInt("supporters");
		c.reworkCount = rs.getInt("rework_count");
		c.escalatedTo = rs.getString("escalated_to");
		c.escalationReason = rs.getString("escalation_reason");
		c.rejectReason = rs.getString("reject_reason");
		c.handleResult = rs.getString("handle_result");
		String merged = rs.getString("merged_into");
		c.mergedInto = merged == null ? null : new CaseNumber(merged);
		c.transferredTo = rs.getString("transferred_to");
		c.transferReason = rs.getString("transfer_reason");
		int days = rs.getInt("extension_days");
		c.extensionDays = rs.wasNull() ? null : days;
		c.extensionReason = rs.getString("extension_reason");
		c.extensionRequestedUntil = instantOrNull(rs, "extension_requested_until");
		c.reviewPending = rs.getBoolean("review_pending");
		String rating = rs.getString("rating");
		c.rating = rating == null ? null : Rating.valueOf(rating);
		c.ratingComment = rs.getString("rating_comment");
		c.ratedAt = instantOrNull(rs, "rated_at");
		c.reportedAt = instant(rs, "reported_at");
		c.acknowledgedAt = instantOrNull(rs, "acknowledged_at");
		c.arrivedAt = instantOrNull(rs, "arrived_at");
		c.handledAt = instantOrNull(rs, "handled_at");
		c.closedAt = instantOrNull(rs, "closed_at");
		c.acknowledgeBy = instantOrNull(rs, "acknowledge_by");
		c.handleBy = instantOrNull(rs, "handle_by");
		c.escalationLevel = rs.getInt("escalation_level");
		c.overdueSince = instantOrNull(rs, "overdue_since");
		c.version = rs.getLong("version");
		c.createdAt = instant(rs, "created_at");
		return c;
	}

	private static long keyOf(KeyHolder keys) {
		Map<String, Object> row = keys.getKeys();
		Object id = row == null ? null : row.values().iterator().next();
		if (id == null) {
			throw new IllegalStateException("No generated id");
		}
		return ((Number) id).longValue();
	}

	static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
