package org.steward.enforcement.records;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.steward.enforcement.Text;
import org.steward.refusal.Refusal;

/**
 * An on-site inspection record or an inquiry record as the officers write it, before it is
 * checked. {@link #problems} names every bad field: at least two officers (行政处罚法第四十二条),
 * each with an enforcement certificate; when and where; who was present; what was found, or
 * the questions and answers, each question with its answer.
 */
record RecordDraft(@Nullable String kind, @Nullable Long partyId, @Nullable Instant startedAt, @Nullable Instant endedAt,
		@Nullable String place, @Nullable List<String> officers, @Nullable Boolean partyPresent,
		@Nullable String presentPerson, @Nullable String presentRole, @Nullable String findings,
		@Nullable List<QuestionAnswer> questions) {

	/** Clock skew allowed between an officer's phone and the server for "not in the future". */
	static final Duration SKEW = Duration.ofMinutes(5);

	record QuestionAnswer(@Nullable String question, @Nullable String answer) {
	}

	/** An officer named on the record with the certificate number shown to the party (may be blank if unknown). */
	record NamedOfficer(String username, String name, @Nullable String certificate) {
	}

	@Nullable RecordKind recordKind() {
		if (Text.blank(kind)) {
			return null;
		}
		try {
			return RecordKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The question-and-answer pairs that were filled in; pairs with both sides blank are dropped. */
	List<QuestionAnswer> answered() {
		return questions == null ? List.of() : questions.stream()
			.filter(qa -> !Text.blank(qa.question()) || !Text.blank(qa.answer()))
			.map(qa -> new QuestionAnswer(strip(qa.question()), strip(qa.answer())))
			.toList();
	}

	/**
	 * @param named the officers resolved from {@link #officers}, once each; problems about unknown
	 *     accounts are the caller's, who looks them up
	 */
	List<Refusal.FieldError> problems(List<NamedOfficer> named, Instant now) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		RecordKind recordKind = recordKind();
		if (recordKind == null) {
			problems.add(Refusal.FieldError.of("kind", "enforcement.refused.record.kind"));
		}
		if (startedAt == null) {
			problems.add(Refusal.FieldError.of("startedAt", "enforcement.refused.record.startedAt.required"));
		}
		else if (startedAt.isAfter(now.plus(SKEW))) {
			problems.add(Refusal.FieldError.of("startedAt", "enforcement.refused.record.future"));
		}
		if (endedAt != null) {
			if (startedAt != null && endedAt.isBefore(startedAt)) {
				problems.add(Refusal.FieldError.of("endedAt", "enforcement.refused.record.endedAt.beforeStart"));
			}
			else if (endedAt.isAfter(now.plus(SKEW))) {
				problems.add(Refusal.FieldError.of("endedAt", "enforcement.refused.record.future"));
			}
		}
		if (Text.blank(place) || place.strip().length() > 200) {
			problems.add(Refusal.FieldError.of("place", "enforcement.refused.record.place"));
		}
		if (named.size() < 2) {
			problems.add(Refusal.FieldError.of("officers", "enforcement.refused.record.officers.two"));
		}
		for (NamedOfficer o : named) {
			if (Text.blank(o.certificate())) {
				problems.add(Refusal.FieldError.of("officers", "enforcement.refused.record.officers.certificate", o.name()));
			}
		}
		boolean present = Boolean.TRUE.equals(partyPresent);
		if ((present || recordKind == RecordKind.INQUIRY) && Text.blank(presentPerson)) {
			problems.add(Refusal.FieldError.of("presentPerson", recordKind == RecordKind.INQUIRY
					? "enforcement.refused.record.presentPerson.inquiry" : "enforcement.refused.record.presentPerson.required"));
		}
		if (!Text.blank(presentPerson) && presentPerson.strip().length() > 100) {
			problems.add(Refusal.FieldError.of("presentPerson", "enforcement.refused.record.tooLong", 100));
		}
		if (recordKind == RecordKind.INSPECTION && Text.blank(findings)) {
			problems.add(Refusal.FieldError.of("findings", "enforcement.refused.record.findings"));
		}
		if (!Text.blank(findings) && findings.strip().length() > 4000) {
			problems.add(Refusal.FieldError.of("findings", "enforcement.refused.record.tooLong", 4000));
		}
		if (recordKind == RecordKind.INQUIRY) {
			List<QuestionAnswer> pairs = answered();
			if (pairs.isEmpty()) {
				problems.add(Refusal.FieldError.of("questions", "enforcement.refused.record.questions.required"));
			}
			for (int i = 0; i < pairs.size(); i++) {
				QuestionAnswer qa = pairs.get(i);
				if (Text.blank(qa.question()) || Text.blank(qa.answer())) {
					problems.add(Refusal.FieldError.of("questions[" + i + "]", "enforcement.refused.record.questions.pair", i + 1));
				}
			}
		}
		return problems;
	}

	private static @Nullable String strip(@Nullable String s) {
		return s == null ? null : s.strip();
	}
}
