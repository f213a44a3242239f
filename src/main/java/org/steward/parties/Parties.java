package org.steward.parties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The parties registry for other modules: look a party up, search the registry, and register a
 * party under the same checks as {@code POST /api/v1/parties} (valid GB 32100 credit code, one
 * party per code, located into its grid). Phones are as stored; callers mask them for their
 * viewer ({@link Party#masked()}).
 */
public interface Parties {

	Optional<Party> find(long id);

	/** Parties whose name, credit code or address contains {@code text}; the latest ones when it is blank. */
	List<Party> search(@Nullable String text, int limit);

	/**
	 * The registered party's id.
	 *
	 * @throws IllegalArgumentException naming every bad field, or a credit code already registered
	 */
	long register(NewParty party);

	/** Why a unified social credit code is not valid (GB 32100 check character), or empty when it is. */
	Optional<String> creditCodeProblem(String code);

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
}
