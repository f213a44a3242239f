package org.steward.parties;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.refusal.Refusal;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The parties registry as JSON under /api/v1: registration, CSV import, a party with its history. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Parties", description = "The 三联 registry: merchants, organisations, property managers, compounds, committees")
class PartiesApiController {

	private final PartyRegistry parties;

	private final PartyCsvImport csvImport;

	private final List<PartyHistory> histories;

	PartiesApiController(PartyRegistry parties, PartyCsvImport csvImport, List<PartyHistory> histories) {
		this.parties = parties;
		this.csvImport = csvImport;
		this.histories = histories;
	}

	record LocationBody(@Nullable Double lat, @Nullable Double lng, @Nullable String crs) {
	}

	record PartyBody(@Nullable String type, @Nullable String name, @Nullable String creditCode, @Nullable String address,
			@Nullable LocationBody location, @Nullable List<PartyDraft.Contact> contacts, @Nullable String licenceStatus,
			@Nullable LocalDate frontageFrom, @Nullable LocalDate frontageTo) {

		PartyDraft draft() {
			return new PartyDraft(type, name, creditCode, address, location == null ? null : location.lat(),
					location == null ? null : location.lng(), location == null ? null : location.crs(),
					contacts == null ? List.of() : contacts, licenceStatus, frontageFrom, frontageTo);
		}
	}

	@PostMapping("/parties")
	ResponseEntity<Map<String, Object>> register(@RequestBody PartyBody body, CurrentUser user) {
		requireRegistrar(user);
		long id = parties.register(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/parties/" + id)).body(Map.of("id", id));
	}

	/** CSV import; answers 200 with the ids kept and every rejected row's problems. */
	@PostMapping(path = "/parties/import", consumes = { "text/csv", "text/plain" })
	PartyCsvImport.Report importCsv(@RequestBody String csv, CurrentUser user) {
		requireRegistrar(user);
		return csvImport.importCsv(csv);
	}

	/** The party (phones masked but for the command centre) and what other modules recorded about it. */
	@GetMapping("/parties/{id}")
	Map<String, Object> party(@PathVariable long id, CurrentUser user) {
		Party party = parties.find(id).orElseThrow(() -> Refusal.notFound("parties.refused.notFound", id));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("party", user.has(Role.COMMAND_CENTRE) ? party : party.masked());
		histories.forEach(history -> answer.putAll(history.details(id)));
		return answer;
	}

	private static void requireRegistrar(CurrentUser user) {
		if (!PartyRoles.registersParties(user)) {
			throw PartyRoles.registrarsOnly();
		}
	}
}
