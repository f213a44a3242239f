package org.steward.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseNumber;
import org.steward.identity.CurrentUser;

/**
 * Enforcement's facade for other modules: registers parties (三联) and records measures (三先)
 * with the same checks as the API ({@code POST /api/v1/parties}, {@code POST
 * /api/v1/cases/{n}/measures}, {@code POST /api/v1/measures/{id}/disclosure}) — valid GB 32100
 * credit codes, the suggested lightest step or a recorded reason, numbered documents. Used by
 * the demo seeder.
 *
 * @throws RuntimeException naming the bad field, as the API answers it
 */
public interface EducationFirst {

	/** Why a unified social credit code is not valid (GB 32100 check character), or empty when it is. */
	Optional<String> creditCodeProblem(String code);

	/** The registered party's id. */
	long registerParty(NewParty party);

	RecordedMeasure recordMeasure(CaseNumber caseNumber, NewMeasure measure, CurrentUser actor);

	/** Publishes a penalty decision (squad leader or command centre). */
	void disclose(long measureId, CurrentUser actor);

	/** A party as {@code POST /api/v1/parties} takes it; {@code type} and {@code licenceStatus} are the API's names. */
	record NewParty(String type, String name, @Nullable String creditCode, String address, @Nullable Double lat,
			@Nullable Double lng, List<Contact> contacts, @Nullable String licenceStatus, @Nullable LocalDate frontageFrom,
			@Nullable LocalDate frontageTo) {

		public NewParty {
			contacts = List.copyOf(contacts);
		}

		public record Contact(String name, String phone, @Nullable String role) {
		}
	}

	/** A measure as {@code POST /api/v1/cases/{n}/measures} takes it. */
	record NewMeasure(String type, long partyId, @Nullable String notes, List<String> officers,
			@Nullable Instant deadline, @Nullable String reason, @Nullable String agreement, @Nullable String signedBy,
			boolean major) {

		public NewMeasure {
			officers = List.copyOf(officers);
		}
	}

	/** The recorded measure: its id, type, and the number of the document it produced, if any. */
	record RecordedMeasure(long id, String type, @Nullable String documentNumber, @Nullable String documentUrl) {
	}
}
