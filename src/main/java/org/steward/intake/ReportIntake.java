package org.steward.intake;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.evidence.PhotoInspector;
import org.steward.cases.CaseNumber;
import org.steward.cases.Cases;
import org.steward.cases.Evidence;
import org.steward.cases.NewReport;
import org.steward.cases.RegisteredCase;
import org.steward.privacy.PersonalData;
import org.steward.refusal.Refusal;
import org.steward.territory.GeoPoint;

import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a report from any channel to a registered case. The report, its photo records, its
 * idempotency key and its case are written in one transaction (ADR 0003): a failure anywhere
 * leaves none of them, and the photo files written meanwhile are removed.
 *
 * <p>Idempotency follows Stripe: the first answer to a key is stored and a retry with the same
 * request gets it back unchanged; the same key with a different request is refused. When two
 * requests with one key race, the key's unique constraint lets one commit; the other rolls
 * back everything it did and answers with the winner's stored answer.
 */
@Service
class ReportIntake {

	/** Radius and age of "the same problem" for the duplicate offer. */
	static final double NEARBY_METRES = 50;

	static final int NEARBY_HOURS = 72;

	private final ReportPolicy policy;

	private final ReportPhotos photos;

	private final IdempotencyStore keys;

	private final Cases cases;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AnonymousQuota quota;

	private final PersonalData personalData;

	private final JsonMapper json = JsonMapper.builder().build();

	// Cases is looked up lazily: intake must start even where the cases module is replaced by a test double
	ReportIntake(ReportPolicy policy, ReportPhotos photos, IdempotencyStore keys, Cases cases,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events,
			AnonymousQuota quota, PersonalData personalData) {
		this.quota = quota;
		this.personalData = personalData;
		this.policy = policy;
		this.photos = photos;
		this.keys = keys;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @throws Refusal invalid naming every bad field (nothing is stored), for a key reused with another
	 *         request, or from the cases module when the case to join refuses a supporter
	 */
	IntakeAnswer submit(ReportDraft draft) {
		String key = draft.idempotencyKey();
		String hash = requestHash(draft);
		if (key != null) {
			Optional<IntakeAnswer> earlier = replay(key, hash);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		ValidatedReport report = policy.check(draft.request(), draft.photos(), draft.channel());
		if (draft.submittedBy() == null) {
			quota.admit(draft.photos().stream().mapToLong(p -> p.bytes().length).sum());
		}
		try {
			return transaction.execute(status -> register(draft, report, key, hash));
		}
		catch (IdempotencyStore.KeyTaken lostRace) {
			return replay(key, hash).orElseThrow(() -> IntakeRefusals.keyInProgress(key));
		}
	}

	/** Open cases of the category near a point: the "same problem? add your voice" offer. */
	List<Cases.NearbyCase> nearby(String categoryCode, GeoPoint point) {
		return cases.openNear(categoryCode, point, NEARBY_METRES, NEARBY_HOURS);
	}

	private Optional<IntakeAnswer> replay(String key, String hash) {
		return keys.find(key).map(stored -> {
			if (!stored.requestHash().equals(hash)) {
				throw IntakeRefusals.keyReused(key);
			}
			return new IntakeAnswer(stored.status(), stored.receipt(), true);
		});
	}

	private IntakeAnswer register(ReportDraft draft, ValidatedReport report, @Nullable String key, String hash) {
		Instant now = clock.instant();
		List<Cases.NearbyCase> duplicates = cases.openNear(report.categoryCode(), report.location(), NEARBY_METRES,
				NEARBY_HOURS);
		CaseNumber toJoin = report.joinCase() == null ? null : caseToJoin(report.joinCase(), duplicates);

		long reportId = insertReport(draft, report, now);
		List<Evidence> evidence = photos.store(reportId, report.photos());
		NewReport newReport = new NewReport(reportId, draft.channel(), report.categoryCode(), report.description(),
				report.location(), report.address(), report.urgency(),
				report.reporterName() == null && report.reporterPhone() == null ? null
						: new NewReport.Reporter(report.reporterName(), report.reporterPhone()),
				draft.submittedBy(), evidence, now);

		RegisteredCase registered = toJoin == null ? cases.register(newReport) : cases.addSupporter(toJoin, newReport);
		jdbc.sql("update intake_report set case_number = :number where id = :id")
			.param("number", registered.caseNumber().value())
			.param("id", reportId)
			.update();

		if (report.updatesTo() != null) {
			events.publishEvent(new UpdatesRequested(registered.caseNumber(), registered.trackingCode(),
					report.updatesTo(), readersLocale().toLanguageTag(), toJoin != null, now));
		}

		List<Cases.NearbyCase> others = duplicates.stream()
			.filter(nearby -> !nearby.caseNumber().equals(registered.caseNumber()))
			.toList();
		IntakeAnswer answer = IntakeAnswer.first(ReportReceipt.of(registered, others, toJoin != null));
		if (key != null) {
			keys.save(key, hash, answer, reportId, now);
		}
		return answer;
	}

	/** The reporter's language: an API caller's Accept-Language, else the page's language. */
	private static java.util.Locale readersLocale() {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes request) {
			return org.steward.refusal.RefusalTexts.localeOf(request.getRequest());
		}
		return LocaleContextHolder.getLocale();
	}

	/**
	 * A report joins a case only through the offer: the join code of an open case of the category
	 * nearby, in any letter case. Neither a case number (sequential, so guessable) nor a tracking
	 * code (its holder's own) is accepted.
	 */
	private static CaseNumber caseToJoin(String target, List<Cases.NearbyCase> nearby) {
		String code = target.strip().toUpperCase(java.util.Locale.ROOT);
		return nearby.stream()
			.filter(candidate -> candidate.joinCode().equals(code))
			.map(Cases.NearbyCase::caseNumber)
			.findFirst()
			.orElseThrow(IntakeRefusals::notNearby);
	}

	private long insertReport(ReportDraft draft, ValidatedReport report, Instant now) {
		var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into intake_report (channel, category_code, description, lat, lng, location_source, original_crs,
				  address, urgency, reporter_name, reporter_phone, submitted_by, joined_case, received_at)
				values (:channel, :category, :description, :lat, :lng, :source, :crs,
				  :address, :urgency, :name, :phone, :by, :join, :at)""")
			.param("channel", draft.channel().name())
			.param("category", report.categoryCode())
			.param("description", report.description())
			.param("lat", report.location().lat())
			.param("lng", report.location().lng())
			.param("source", report.locationSource().name())
			.param("crs", report.originalCrs() == null ? null : report.originalCrs().name())
			.param("address", report.address())
			.param("urgency", report.urgency().name())
			.param("name", personalData.seal(report.reporterName()))
			.param("phone", personalData.seal(report.reporterPhone()))
			.param("by", draft.submittedBy())
			.param("join", report.joinCase())
			.param("at", Timestamp.from(now))
			.update(keyHolder, "id");
		return keyHolder.getKeyAs(Long.class);
	}

	/** Same request = same fields, same photo contents, same sender and channel. */
	String requestHash(ReportDraft draft) {
		Map<String, Object> canonical = new LinkedHashMap<>();
		canonical.put("channel", draft.channel().name());
		canonical.put("submittedBy", draft.submittedBy());
		canonical.put("request", draft.request());
		canonical.put("photos", draft.photos().stream().map(photo -> PhotoInspector.sha256(photo.bytes())).toList());
		return PhotoInspector.sha256(json.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
	}
}
