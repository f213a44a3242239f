package org.steward.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;
import org.steward.evidence.Photos;
import org.steward.identity.CurrentUser;
import org.steward.organization.Station;
import org.steward.parties.Party;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;

/**
 * Sessions and their evidence: a one-off session (planned by the station head) or the occurrence of
 * a weekly slot (opened by its officers), its record — format, legal bases, materials, place — and
 * its attendance: registered parties and their representatives and walk-ins entered by the officers,
 * attendees signing in on their own phones through the session's signed QR link (within the
 * session's time, near its place, once per person), a headcount of walk-ins, and photos.
 */
@Component
class Sessions {

	record Material(String title, int copies) {
	}

	record Session(long id, String stationCode, @Nullable Long slotId, @Nullable LocalDate slotDate, Instant startsAt,
			Instant endsAt, Audience audience, SessionFormat format, String topic, String place, @Nullable String gridCode,
			@Nullable Double lat, @Nullable Double lng, List<String> officers, @Nullable Long partyQueryId,
			int walkInHeadcount, int consultations, @Nullable String notes, @Nullable Instant heldAt,
			@Nullable String heldBy, List<LegalBases.LegalBasis> legalBases, List<Material> materials) {

		public boolean held() {
			return heldAt != null;
		}
	}

	enum Via {
		LIST, QR
	}

	record Attendance(long id, long sessionId, @Nullable Long partyId, String name, @Nullable String phone, Via via,
			Instant signedInAt, @Nullable String recordedBy) {

		/** The phone as everyone but the command centre sees it. */
		@Nullable
		public String maskedPhone() {
			return phone == null ? null : phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
		}
	}

	record Photo(long id, long sessionId, String sha256, String contentType, @Nullable Double lat, @Nullable Double lng,
			Instant takenAt, String uploadedBy) {
	}

	record NewMaterial(@Nullable String title, @Nullable Integer copies) {
	}

	record NewSession(@Nullable String stationCode, @Nullable Long slotId, @Nullable LocalDate slotDate,
			@Nullable LocalDateTime startsAt, @Nullable Integer durationMinutes, @Nullable String audience,
			@Nullable String format, @Nullable String topic, @Nullable String place, @Nullable String gridCode,
			@Nullable Double lat, @Nullable Double lng, @Nullable List<String> officers, @Nullable List<Long> legalBasisIds,
			@Nullable List<NewMaterial> materials, @Nullable Long partyQueryId, @Nullable String notes) {
	}

	record Held(@Nullable Integer walkInHeadcount, @Nullable Integer consultations, @Nullable String notes,
			@Nullable List<NewMaterial> materials) {
	}

	record NewAttendance(@Nullable Long partyId, @Nullable String name, @Nullable String phone) {
	}

	record SignIn(@Nullable String token, @Nullable String name, @Nullable String phone, @Nullable Long partyId,
			@Nullable Double lat, @Nullable Double lng) {
	}

	private final JdbcClient jdbc;

	private final StationScope scope;

	private final Plans plans;

	private final LegalBases bases;

	private final PartyQueries queries;

	private final SignInTokens tokens;

	private final Photos photos;

	private final OutreachProperties settings;

	private final Clock clock;

	private final ZoneId zone;

	Sessions(JdbcClient jdbc, StationScope scope, Plans plans, LegalBases bases, PartyQueries queries,
			SignInTokens tokens, Photos photos, OutreachProperties settings, Clock clock, StewardProperties steward) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.plans = plans;
		this.bases = bases;
		this.queries = queries;
		this.tokens = tokens;
		this.photos = photos;
		this.settings = settings;
		this.clock = clock;
		this.zone = steward.zone();
	}

	// ------------------------------------------------------------ planning and recording

	@Transactional
	Session create(NewSession request, CurrentUser actor) {
		Plans.Slot slot = null;
		Station station;
		if (request.slotId() != null) {
			slot = plans.slot(request.slotId()).orElseThrow(() -> OutreachRefusals.slotNotFound(request.slotId()));
			// the occurrence of a weekly slot is opened by the station's officers who hold it
			station = scope.requireRecorder(actor, slot.stationCode());
		}
		else {
			if (Texts.blank(request.stationCode())) {
				throw Refusal.invalid("stationCode", "outreach.refused.required");
			}
			station = scope.requirePlanner(actor, request.stationCode().strip());
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		LocalDateTime start;
		if (slot != null) {
			if (request.slotDate() == null || !slot.occursOn(request.slotDate())) {
				problems.add(Refusal.FieldError.of("slotDate", "outreach.refused.slotDate"));
				Refusal.throwIfAny(problems);
			}
			start = request.slotDate().atTime(slot.startTime());
		}
		else if (request.startsAt() == null) {
			problems.add(Refusal.FieldError.of("startsAt", "outreach.refused.required"));
			start = LocalDateTime.now(clock.withZone(zone));
		}
		else {
			start = request.startsAt();
		}
		int duration = request.durationMinutes() == null && slot != null ? slot.durationMinutes()
				: Plans.duration(request.durationMinutes(), problems);
		Audience audience = request.audience() == null && slot != null ? slot.audience()
				: Plans.audience(request.audience(), problems);
		SessionFormat format = format(request.format(), problems);
		String topic = Texts.blank(request.topic()) && slot != null ? slot.topic()
				: Texts.required(request.topic(), "topic", 200, problems);
		String place = Texts.blank(request.place()) && slot != null && slot.place() != null ? slot.place()
				: Texts.required(request.place(), "place", 200, problems);
		String grid = Texts.blank(request.gridCode()) && slot != null ? slot.gridCode()
				: plans.grid(station, request.gridCode(), problems);
		validPosition(request.lat(), request.lng(), problems);
		List<String> officers = (request.officers() == null || request.officers().isEmpty()) && slot != null ? slot.officers()
				: plans.officers(request.officers(), problems);
		List<Long> basisIds = basisIds(request.legalBasisIds(), problems);
		List<Material> materials = materials(request.materials(), problems);
		Long queryId = request.partyQueryId() == null && slot != null ? slot.partyQueryId()
				: plans.query(station, request.partyQueryId(), problems);
		String notes = Texts.optional(request.notes(), "notes", 2000, problems);
		Refusal.throwIfAny(problems);
		Instant startsAt = start.atZone(zone).toInstant();
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into outreach_session (station_code, slot_id, slot_date, starts_at, ends_at, audience, format, topic,
					  place, grid_code, lat, lng, officers, party_query_id, notes, created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(station.code(), slot == null ? null : slot.id(),
						slot == null ? null : java.sql.Date.valueOf(request.slotDate()), ts(startsAt),
						ts(startsAt.plusSeconds(60L * duration)), audience.name(), format.name(), topic, place, grid,
						request.lat(), request.lng(), String.join(",", officers), queryId, notes, actor.username(),
						ts(clock.instant()))
				.update(keys, "id");
		}
		catch (DuplicateKeyException twice) {
			throw OutreachRefusals.slotSessionExists(slot.id(), String.valueOf(request.slotDate()));
		}
		long id = keys.getKey().longValue();
		for (Long basis : basisIds) {
			jdbc.sql("insert into outreach_session_basis (session_id, basis_id) values (?, ?)").params(id, basis).update();
		}
		insertMaterials(id, materials);
		return find(id).orElseThrow();
	}

	/** Completes the record: the session took place (not before it started), with its headcount and notes. */
	@Transactional
	Session recordHeld(long id, Held held, CurrentUser actor) {
		Session session = readable(id, actor);
		scope.requireRecorder(actor, session.stationCode());
		if (session.held()) {
			throw OutreachRefusals.alreadyHeld(id);
		}
		if (clock.instant().isBefore(session.startsAt())) {
			throw Refusal.conflict("outreach.refused.notStarted", String.valueOf(id));
		}
		List<Refusal.FieldError> problems = new ArrayList<>();
		int walkIns = count(held.walkInHeadcount(), "walkInHeadcount", problems);
		int consultations = count(held.consultations(), "consultations", problems);
		String notes = Texts.optional(held.notes(), "notes", 2000, problems);
		List<Material> materials = held.materials() == null ? null : materials(held.materials(), problems);
		Refusal.throwIfAny(problems);
		jdbc.sql("""
				update outreach_session set walk_in_headcount = ?, consultations = ?, notes = coalesce(?, notes), held_at = ?,
				  held_by = ? where id = ? and held_at is null""")
			.params(walkIns, consultations, notes, ts(clock.instant()), actor.username(), id)
			.update();
		if (materials != null) {
			jdbc.sql("delete from outreach_material where session_id = ?").param(id).update();
			insertMaterials(id, materials);
		}
		return find(id).orElseThrow();
	}

	/** An officer enters an attendee: a registered party's representative, or a walk-in by name. */
	@Transactional
	Attendance addAttendance(long id, NewAttendance attendee, CurrentUser actor) {
		Session session = readable(id, actor);
		Station station = scope.requireRecorder(actor, session.stationCode());
		List<Refusal.FieldError> problems = new ArrayList<>();
		String name = Texts.required(attendee.name(), "name", 50, problems);
		String phone = phone(attendee.phone(), false, problems);
		Long partyId = party(station, session, attendee.partyId(), problems);
		Refusal.throwIfAny(problems);
		return insertAttendance(session, partyId, name, phone, Via.LIST, actor.username());
	}

	/** What the QR link's page shows: the session, and the parties an attendee may sign in for. */
	record SignInPage(Session session, List<Party> parties) {
	}

	/** Opens a QR link: refuses a foreign or altered token, one not yet open, and one past its time. */
	@Transactional(readOnly = true)
	SignInPage signInPage(@Nullable String token) {
		Session session = session(token);
		return new SignInPage(session, offeredParties(session));
	}

	/** Signs an attendee in from their own phone, without an account. */
	@Transactional
	Attendance signIn(SignIn request) {
		Session session = session(request.token());
		List<Refusal.FieldError> problems = new ArrayList<>();
		String name = Texts.required(request.name(), "name", 50, problems);
		String phone = phone(request.phone(), true, problems);
		Long partyId = null;
		if (request.partyId() != null) {
			long requested = request.partyId();
			if (offeredParties(session).stream().noneMatch(p -> p.id() == requested)) {
				problems.add(Refusal.FieldError.of("partyId", "outreach.refused.party", String.valueOf(requested)));
			}
			else {
				partyId = requested;
			}
		}
		validPosition(request.lat(), request.lng(), problems);
		Refusal.throwIfAny(problems);
		if (request.lat() != null && request.lng() != null && session.lat() != null && session.lng() != null) {
			double metres = metres(new GeoPoint(request.lat(), request.lng()), new GeoPoint(session.lat(), session.lng()));
			if (metres > settings.signInRadiusMetres()) {
				throw OutreachRefusals.signInTooFar(settings.signInRadiusMetres());
			}
		}
		return insertAttendance(session, partyId, name, phone, Via.QR, null);
	}

	/** The QR link's token for a session: accepted until the session's end plus the grace period. */
	String signInToken(long id, CurrentUser actor) {
		Session session = readable(id, actor);
		scope.requireRecorder(actor, session.stationCode());
		return tokens.issue(id, session.endsAt().plus(settings.signInClosesAfter()));
	}

	@Transactional
	List<Photo> addPhotos(long id, List<Photos.Upload> uploads, CurrentUser actor) {
		Session session = readable(id, actor);
		scope.requireRecorder(actor, session.stationCode());
		if (uploads.isEmpty()) {
			throw Refusal.invalid("photos", "outreach.refused.photos");
		}
		Photos.Inspection inspection = Photos.inspect(uploads);
		Refusal.throwIfAny(inspection.problems());
		photos.keepInspected("outreach-session:" + id, inspection.photos());
		for (Photos.Photo p : inspection.photos()) {
			jdbc.sql("""
					insert into outreach_photo (session_id, sha256, content_type, lat, lng, taken_at, uploaded_by)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, p.sha256(), p.contentType(), p.gps() == null ? null : p.gps().lat(),
						p.gps() == null ? null : p.gps().lng(), ts(clock.instant()), actor.username())
				.update();
		}
		return photos(id);
	}

	// ------------------------------------------------------------ reading

	/** The session when the reader's scope covers its station (else not found). */
	@Transactional(readOnly = true)
	Session readable(long id, CurrentUser reader) {
		Session session = find(id).orElseThrow(() -> OutreachRefusals.sessionNotFound(id));
		if (!scope.covers(reader, session.stationCode())) {
			throw OutreachRefusals.sessionNotFound(id);
		}
		return session;
	}

	@Transactional(readOnly = true)
	Optional<Session> find(long id) {
		return jdbc.sql("select * from outreach_session where id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	@Transactional(readOnly = true)
	List<Attendance> attendance(long sessionId) {
		return jdbc.sql("select * from outreach_attendance where session_id = ? order by signed_in_at, id")
			.param(sessionId)
			.query((rs, n) -> attendanceRow(rs))
			.list();
	}

	@Transactional(readOnly = true)
	List<Photo> photos(long sessionId) {
		return jdbc.sql("select * from outreach_photo where session_id = ? order by id")
			.param(sessionId)
			.query((rs, n) -> new Photo(rs.getLong("id"), rs.getLong("session_id"), rs.getString("sha256"),
					rs.getString("content_type"), (Double) rs.getObject("lat", Double.class),
					(Double) rs.getObject("lng", Double.class), rs.getTimestamp("taken_at").toInstant(),
					rs.getString("uploaded_by")))
			.list();
	}

	/** The parties invited by the session's party query, or else every registered party of the station. */
	List<Party> offeredParties(Session session) {
		if (session.partyQueryId() != null) {
			Optional<PartyQueries.PartyQuery> query = queries.find(session.partyQueryId());
			if (query.isPresent()) {
				return queries.parties(query.get());
			}
		}
		return scope.partiesOf(scope.station(session.stationCode()));
	}

	// ------------------------------------------------------------ internals

	private Session session(@Nullable String token) {
		SignInTokens.Claim claim = Texts.blank(token) ? null : tokens.verify(token.strip()).orElse(null);
		if (claim == null) {
			throw OutreachRefusals.signInForeign();
		}
		Session session = find(claim.sessionId()).orElseThrow(OutreachRefusals::signInForeign);
		Instant now = clock.instant();
		if (now.isAfter(claim.notAfter())) {
			throw OutreachRefusals.signInExpired();
		}
		if (now.isBefore(session.startsAt().minus(settings.signInOpensBefore()))) {
			throw OutreachRefusals.signInNotOpen();
		}
		return session;
	}

	private Attendance insertAttendance(Session session, @Nullable Long partyId, String name, @Nullable String phone,
			Via via, @Nullable String recordedBy) {
		// one person once: by phone when given, else the party's representative by name, else the walk-in's name
		String person = phone != null ? "phone:" + phone
				: partyId != null ? "party:" + partyId + ":" + name.toLowerCase(java.util.Locale.ROOT)
						: "name:" + name.toLowerCase(java.util.Locale.ROOT);
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into outreach_attendance (session_id, party_id, name, phone, person_key, via, signed_in_at, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(session.id(), partyId, name, phone, person, via.name(), ts(signedInAt(session, via)), recordedBy)
				.update(keys, "id");
		}
		catch (DuplicateKeyException twice) {
			throw OutreachRefusals.alreadySignedIn();
		}
		long id = keys.getKey().longValue();
		return jdbc.sql("select * from outreach_attendance where id = ?").param(id).query((rs, n) -> attendanceRow(rs)).single();
	}

	/**
	 * When the attendee signed in: now, except for a paper sign-in list an officer enters after the
	 * session ended — those people were there at its start, not at the time of typing.
	 */
	private Instant signedInAt(Session session, Via via) {
		Instant now = clock.instant();
		return via == Via.LIST && now.isAfter(session.endsAt()) ? session.startsAt() : now;
	}

	@Nullable
	private Long party(Station station, Session session, @Nullable Long partyId, List<Refusal.FieldError> problems) {
		if (partyId == null) {
			return null;
		}
		Set<Long> ids = new java.util.HashSet<>();
		scope.partiesOf(station).forEach(p -> ids.add(p.id()));
		offeredParties(session).forEach(p -> ids.add(p.id()));
		if (!ids.contains(partyId)) {
			problems.add(Refusal.FieldError.of("partyId", "outreach.refused.party", String.valueOf(partyId)));
			return null;
		}
		return partyId;
	}

	@Nullable
	private static String phone(@Nullable String text, boolean required, List<Refusal.FieldError> problems) {
		if (Texts.blank(text)) {
			if (required) {
				problems.add(Refusal.FieldError.of("phone", "outreach.refused.required"));
			}
			return null;
		}
		String digits = text.strip().replaceAll("[\\s-]", "");
		if (!digits.matches("1\\d{10}")) {
			problems.add(Refusal.FieldError.of("phone", "outreach.refused.phone"));
			return null;
		}
		return digits;
	}

	private static SessionFormat format(@Nullable String text, List<Refusal.FieldError> problems) {
		if (Texts.blank(text)) {
			problems.add(Refusal.FieldError.of("format", "outreach.refused.required"));
			return SessionFormat.LECTURE;
		}
		try {
			return SessionFormat.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(Refusal.FieldError.of("format", "outreach.refused.format"));
			return SessionFormat.LECTURE;
		}
	}

	private List<Long> basisIds(@Nullable List<Long> ids, List<Refusal.FieldError> problems) {
		if (ids == null || ids.isEmpty()) {
			problems.add(Refusal.FieldError.of("legalBasisIds", "outreach.refused.legalBasis.required"));
			return List.of();
		}
		List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (distinct.size() > 10) {
			problems.add(Refusal.FieldError.of("legalBasisIds", "outreach.refused.tooMany", 10));
		}
		for (int i = 0; i < distinct.size(); i++) {
			if (bases.find(distinct.get(i)).filter(LegalBases.LegalBasis::active).isEmpty()) {
				problems.add(Refusal.FieldError.of("legalBasisIds[" + i + "]", "outreach.refused.legalBasis.unknown",
						String.valueOf(distinct.get(i))));
			}
		}
		return distinct;
	}

	private static List<Material> materials(@Nullable List<NewMaterial> materials, List<Refusal.FieldError> problems) {
		if (materials == null) {
			return List.of();
		}
		if (materials.size() > 20) {
			problems.add(Refusal.FieldError.of("materials", "outreach.refused.tooMany", 20));
			return List.of();
		}
		List<Material> result = new ArrayList<>();
		for (int i = 0; i < materials.size(); i++) {
			NewMaterial m = materials.get(i);
			if (m == null || (Texts.blank(m.title()) && m.copies() == null)) {
				continue;
			}
			String title = Texts.required(m.title(), "materials[" + i + "].title", 200, problems);
			if (m.copies() == null || m.copies() < 1 || m.copies() > 100_000) {
				problems.add(Refusal.FieldError.of("materials[" + i + "].copies", "outreach.refused.copies"));
				continue;
			}
			result.add(new Material(title, m.copies()));
		}
		return result;
	}

	private void insertMaterials(long sessionId, List<Material> materials) {
		for (Material m : materials) {
			jdbc.sql("insert into outreach_material (session_id, title, copies) values (?, ?, ?)")
				.params(sessionId, m.title(), m.copies())
				.update();
		}
	}

	private static int count(@Nullable Integer value, String field, List<Refusal.FieldError> problems) {
		if (value == null) {
			return 0;
		}
		if (value < 0 || value > 100_000) {
			problems.add(Refusal.FieldError.of(field, "outreach.refused.count"));
			return 0;
		}
		return value;
	}

	private static void validPosition(@Nullable Double lat, @Nullable Double lng, List<Refusal.FieldError> problems) {
		if ((lat == null) != (lng == null)) {
			problems.add(Refusal.FieldError.of(lat == null ? "lat" : "lng", "outreach.refused.position"));
		}
		if (lat != null && (lat < -90 || lat > 90)) {
			problems.add(Refusal.FieldError.of("lat", "outreach.refused.position"));
		}
		if (lng != null && (lng < -180 || lng > 180)) {
			problems.add(Refusal.FieldError.of("lng", "outreach.refused.position"));
		}
	}

	/** Great-circle distance; metres matter here, not millimetres. */
	static double metres(GeoPoint a, GeoPoint b) {
		double r = 6_371_000;
		double dLat = Math.toRadians(b.lat() - a.lat());
		double dLng = Math.toRadians(b.lng() - a.lng());
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
				* Math.cos(Math.toRadians(b.lat())) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * r * Math.asin(Math.sqrt(h));
	}

	private Session row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long id = rs.getLong("id");
		java.sql.Date slotDate = rs.getDate("slot_date");
		java.sql.Timestamp held = rs.getTimestamp("held_at");
		List<Material> materials = jdbc.sql("select title, copies from outreach_material where session_id = ? order by id")
			.param(id)
			.query((m, n) -> new Material(m.getString(1), m.getInt(2)))
			.list();
		return new Session(id, rs.getString("station_code"), (Long) rs.getObject("slot_id", Long.class),
				slotDate == null ? null : slotDate.toLocalDate(), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), Audience.valueOf(rs.getString("audience")),
				SessionFormat.valueOf(rs.getString("format")), rs.getString("topic"), rs.getString("place"),
				rs.getString("grid_code"), (Double) rs.getObject("lat", Double.class), (Double) rs.getObject("lng", Double.class),
				Plans.split(rs.getString("officers")), (Long) rs.getObject("party_query_id", Long.class),
				rs.getInt("walk_in_headcount"), rs.getInt("consultations"), rs.getString("notes"),
				held == null ? null : held.toInstant(), rs.getString("held_by"), bases.ofSession(id), materials);
	}

	private static Attendance attendanceRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Attendance(rs.getLong("id"), rs.getLong("session_id"), (Long) rs.getObject("party_id", Long.class),
				rs.getString("name"), rs.getString("phone"), Via.valueOf(rs.getString("via")),
				rs.getTimestamp("signed_in_at").toInstant(), rs.getString("recorded_by"));
	}

	private static java.sql.@Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : java.sql.Timestamp.from(instant);
	}
}
