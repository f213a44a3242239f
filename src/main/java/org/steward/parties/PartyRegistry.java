package org.steward.parties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.privacy.PersonalData;
import org.steward.refusal.Refusal;
import org.steward.territory.Location;
import org.steward.territory.Locator;

/** Registers parties, locating them into a grid, and reads them back; {@link Parties} for other modules. */
@Service
class PartyRegistry implements Parties {

	private final JdbcClient jdbc;

	private final Locator locator;

	private final Clock clock;

	// contacts' names and phones are stored sealed (SM4), the phone with its keyed hash for searching
	private final PersonalData personalData;

	PartyRegistry(JdbcClient jdbc, Locator locator, Clock clock, PersonalData personalData) {
		this.jdbc = jdbc;
		this.locator = locator;
		this.clock = clock;
		this.personalData = personalData;
	}

	/** @throws Refusal INVALID naming every bad field, CONFLICT for a credit code already registered */
	@Transactional
	long register(PartyDraft draft) {
		Refusal.throwIfAny(draft.problems().stream().map(PartyDraft.FieldProblem::error).toList());
		String code = draft.normalisedCreditCode();
		if (code != null && jdbc.sql("select count(*) from enforcement_party where credit_code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0) {
			throw Refusal.conflict("parties.refused.creditCodeTaken", code);
		}
		String grid = null;
		Double lat = draft.lat();
		Double lng = draft.lng();
		if (lat != null && lng != null) {
			Optional<Location> location = locator.locate(lat, lng, draft.coordinateSystem());
			grid = location.map(l -> l.grid().code()).orElse(null);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enforcement_party (party_type, name, credit_code, address, lat, lng, grid_code,
				  licence_status, frontage_from, frontage_to, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.partyType().name(), draft.name().strip(), code, draft.address().strip(), lat, lng, grid,
					draft.licence().name(), draft.frontageFrom(), draft.frontageTo(),
					java.sql.Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (PartyDraft.Contact c : draft.contacts()) {
			String phone = c.phone().strip();
			jdbc.sql("""
					insert into enforcement_party_contact (party_id, name, phone, phone_hash, contact_role)
					values (?, ?, ?, ?, ?)""")
				.params(id, personalData.seal(c.name().strip()), personalData.seal(phone), personalData.searchHash(phone),
						c.role())
				.update();
		}
		return id;
	}

	@Override
	@Transactional
	public long register(NewParty p) {
		PartyDraft draft = new PartyDraft(p.type(), p.name(), p.creditCode(), p.address(), p.lat(), p.lng(), "WGS84",
				p.contacts().stream().map(c -> new PartyDraft.Contact(c.name(), c.phone(), c.role())).toList(),
				p.licenceStatus(), p.frontageFrom(), p.frontageTo());
		try {
			return register(draft);
		}
		catch (Refusal refused) {
			throw new IllegalArgumentException("Party " + p.name() + " refused: " + refused.getMessage(), refused);
		}
	}

	@Override
	public Optional<String> creditCodeProblem(String code) {
		return CreditCode.problem(code.strip().toUpperCase(java.util.Locale.ROOT));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Party> find(long id) {
		return jdbc.sql("select * from enforcement_party where id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	List<Party> list(int limit) {
		return jdbc.sql("select * from enforcement_party order by id desc limit ?")
			.param(limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Parties whose name, credit code or address contains {@code text} (case-insensitive), or one of
	 * whose contacts has {@code text} as phone number (compared by its keyed hash: the number itself is
	 * sealed), newest first; the latest ones when the text is blank.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Party> search(@Nullable String text, int limit) {
		if (text == null || text.isBlank()) {
			return list(limit);
		}
		String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return jdbc.sql("""
				select * from enforcement_party
				where lower(name) like :like escape '\\' or lower(coalesce(credit_code, '')) like :like escape '\\'
				   or lower(address) like :like escape '\\'
				   or id in (select party_id from enforcement_party_contact where phone_hash in (:phones))
				order by id desc limit :limit""")
			.param("like", like)
			.param("phones", personalData.searchHashes(text))
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	private Party row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long id = rs.getLong("id");
		List<Party.Contact> contacts = jdbc
			.sql("select name, phone, contact_role from enforcement_party_contact where party_id = ? order by id")
			.param(id)
			.query((r, n) -> new Party.Contact(personalData.open(r.getString(1)), personalData.open(r.getString(2)),
					r.getString(3)))
			.list();
		return new Party(id, PartyType.valueOf(rs.getString("party_type")), rs.getString("name"),
				rs.getString("credit_code"), rs.getString("address"), decimal(rs, "lat"), decimal(rs, "lng"),
				rs.getString("grid_code"), LicenceStatus.valueOf(rs.getString("licence_status")),
				date(rs.getDate("frontage_from")), date(rs.getDate("frontage_to")),
				rs.getTimestamp("created_at").toInstant(), contacts);
	}

	private static @Nullable Double decimal(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.math.BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

	private static @Nullable LocalDate date(java.sql.@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
