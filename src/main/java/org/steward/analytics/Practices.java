package org.steward.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Highlight practices (一队一品): what a squad publishes, the brigade's roll-out mark and the squads
 * that adopted it, with the indicators it claims to move before and after its start (and each
 * adopter's adoption).
 */
@Component
class Practices {

	static final int TITLE_MAX = 100;

	static final int DESCRIPTION_MAX = 2000;

	/** Days compared on each side of a start or an adoption. */
	static final int WINDOW_DAYS = 90;

	private final JdbcClient jdbc;

	Practices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	long publish(String squadCode, String title, String description, List<Indicator> claimed, LocalDate startedOn,
			boolean demo, String by, Instant now, List<Photo> photos) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analytics_practice (squad_code, title, description, indicators, started_on, roll_out, demo,
				                                created_by, created_at)
				values (?, ?, ?, ?, ?, false, ?, ?, ?)""")
			.params(squadCode, title, description, String.join(",", claimed.stream().map(Enum::name).toList()), startedOn,
					demo, by, FactStore.ts(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (Photo photo : photos) {
			jdbc.sql("insert into analytics_practice_photo (practice_id, content_type, bytes) values (?, ?, ?)")
				.params(id, photo.contentType(), photo.bytes())
				.update();
		}
		return id;
	}

	@Transactional
	void rollOut(long id) {
		jdbc.sql("update analytics_practice set roll_out = true where id = ?").param(id).update();
	}

	@Transactional
	void adopt(long id, String squadCode, LocalDate on) {
		jdbc.sql("delete from analytics_practice_adoption where practice_id = ? and squad_code = ?")
			.params(id, squadCode)
			.update();
		jdbc.sql("insert into analytics_practice_adoption (practice_id, squad_code, adopted_on) values (?, ?, ?)")
			.params(id, squadCode, on)
			.update();
	}

	@Transactional(readOnly = true)
	List<Practice> all() {
		return jdbc.sql("select * from analytics_practice order by started_on desc, id desc").query((rs, n) -> {
			long id = rs.getLong("id");
			return new Practice(id, rs.getString("squad_code"), rs.getString("title"), rs.getString("description"),
					Arrays.stream(rs.getString("indicators").split(",")).filter(s -> !s.isBlank()).map(Indicator::valueOf)
						.toList(),
					rs.getObject("started_on", LocalDate.class), rs.getBoolean("roll_out"), rs.getBoolean("demo"),
					rs.getString("created_by"), List.of(), List.of());
		}).list().stream().map(this::withDetails).toList();
	}

	@Transactional(readOnly = true)
	Optional<Practice> find(long id) {
		return all().stream().filter(p -> p.id() == id).findFirst();
	}

	private Practice withDetails(Practice p) {
		List<Adoption> adoptions = jdbc
			.sql("select squad_code, adopted_on from analytics_practice_adoption where practice_id = ? order by adopted_on")
			.param(p.id())
			.query((rs, n) -> new Adoption(rs.getString("squad_code"), rs.getObject("adopted_on", LocalDate.class)))
			.list();
		List<Long> photos = jdbc.sql("select id from analytics_practice_photo where practice_id = ? order by id")
			.param(p.id())
			.query(Long.class)
			.list();
		return new Practice(p.id(), p.squadCode(), p.title(), p.description(), p.indicators(), p.startedOn(),
				p.rollOut(), p.demo(), p.createdBy(), new ArrayList<>(adoptions), photos);
	}

	@Transactional(readOnly = true)
	Optional<Photo> photo(long photoId) {
		return jdbc.sql("select content_type, bytes from analytics_practice_photo where id = ?")
			.param(photoId)
			.query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("bytes")))
			.optional();
	}

	long countDemo() {
		return jdbc.sql("select count(*) from analytics_practice where demo = true").query(Long.class).single();
	}

	record Practice(long id, String squadCode, String title, String description, List<Indicator> indicators,
			LocalDate startedOn, boolean rollOut, boolean demo, String createdBy, List<Adoption> adoptions,
			List<Long> photoIds) {
	}

	record Adoption(String squadCode, LocalDate adoptedOn) {
	}

	record Photo(String contentType, byte[] bytes) {

		/** A JPEG or PNG by its first bytes, else null. */
		static @Nullable String typeOf(byte[] bytes) {
			if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
				return "image/jpeg";
			}
			if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
				return "image/png";
			}
			return null;
		}
	}
}
