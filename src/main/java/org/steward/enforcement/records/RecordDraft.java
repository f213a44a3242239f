package org.steward.enforcement.records;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.steward.enforcement.InvalidInput;
import org.steward.enforcement.Text;

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
	List<InvalidInput.Problem> problems(List<NamedOfficer> named, Instant now) {
		List<InvalidInput.Problem> problems = new ArrayList<>();
		RecordKind recordKind = recordKind();
		if (recordKind == null) {
			problems.add(InvalidInput.Problem.of("kind", "record.kind", "must be INSPECTION or INQUIRY"));
		}
		if (startedAt == null) {
			problems.add(InvalidInput.Problem.of("startedAt", "record.startedAt.required", "is required: when the record began"));
		}
		else if (startedAt.isAfter(now.plus(SKEW))) {
			problems.add(InvalidInput.Problem.of("startedAt", "record.future", "cannot lie in the future"));
		}
		if (endedAt != null) {
			if (startedAt != null && endedAt.isBefore(startedAt)) {
				problems.add(InvalidInput.Problem.of("endedAt", "record.endedAt.beforeStart", "cannot lie before the start"));
			}
			else if (endedAt.isAfter(now.plus(SKEW))) {
				problems.add(InvalidInput.Problem.of("endedAt", "record.future", "cannot lie in the future"));
			}
		}
		if (Text.blank(place) || place.strip().length() > 200) {
			problems.add(InvalidInput.Problem.of("place", "record.place", "is required (at most 200 characters)"));
		}
		if (named.size() < 2) {
			problems.add(InvalidInput.Problem.of("officers", "record.officers.two",
					"needs at least two enforcement officers (Administrative Penalty Law art. 42)"));
		}
		for (NamedOfficer o : named) {
			if (Text.blank(o.certificate())) {
				problems.add(InvalidInput.Problem.of("officers", "record.officers.certificate",
						o.username() + " has no enforcement certificate number on record", o.name()));
			}
		}
		boolean present = Boolean.TRUE.equals(partyPresent);
		if ((present || recordKind == RecordKind.INQUIRY) && Text.blank(presentPerson)) {
			problems.add(InvalidInput.Problem.of("presentPerson", recordKind == RecordKind.INQUIRY
					? "record.presentPerson.inquiry" : "record.presentPerson.required",
					recordKind == RecordKind.INQUIRY ? "is required: the person questioned"
							: "is required when the party was present: who was there"));
		}
		if (!Text.blank(presentPerson) && presentPerson.strip().length() > 100) {
			problems.add(InvalidInput.Problem.of("presentPerson", "record.tooLong", "must be at most 100 characters", 100));
		}
		if (recordKind == RecordKind.INSPECTION && Text.blank(findings)) {
			problems.add(InvalidInput.Problem.of("findings", "record.findings", "is required: what the inspection found"));
		}
		if (!Text.blank(findings) && findings.strip().length() > 4000) {
			problems.add(InvalidInput.Problem.of("findings", "record.tooLong", "must be at most 4000 characters", 4000));
		}
		if (recordKind == RecordKind.INQUIRY) {
			List<QuestionAnswer> pairs = answered();
			if (pairs.isEmpty()) {
				problems.add(InvalidInput.Problem.of("questions", "record.questions.required",
						"An inquiry record holds at least one question with its answer"));
			}
			for (int i = 0; i < pairs.size(); i++) {
				QuestionAnswer qa = pairs.get(i);
				if (Text.blank(qa.question()) || Text.blank(qa.answer())) {
					problems.add(InvalidInput.Problem.of("questions[" + i + "]", "record.questions.pair",
							"Question " + (i + 1) + " needs both the question and the answer", i + 1));
				}
			}
		}
		return problems;
	}

	private static @Nullable String strip(@Nullable String s) {
		return s == null ? null : s.strip();
	}
}
