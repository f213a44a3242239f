package org.steward.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.steward.refusal.Refusal;

class MeasureRulesTests {

	static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

	static final LadderPolicy.Suggestion FIRST_EXEMPT = LadderPolicy.suggest(true,
			new LadderPolicy.History(List.of(), false));

	static MeasureRequest request(String type, Instant deadline, String reason, String agreement, String signedBy) {
		return new MeasureRequest(type, 1L, null, List.of("a", "b"), deadline, reason, agreement, signedBy, false);
	}

	static List<String> fields(MeasureType type, MeasureRequest request, List<String> officers) {
		return MeasureRules.problems(type, request, officers, FIRST_EXEMPT, NOW).stream().map(Refusal.FieldError::field).toList();
	}

	@Test
	void acceptsTheSuggestedStepAndItsCorrectionOrderWithoutAReason() {
		assertThat(fields(MeasureType.EDUCATION, request("EDUCATION", null, null, null, null), List.of("a"))).isEmpty();
		assertThat(fields(MeasureType.RECTIFICATION_ORDER,
				request("RECTIFICATION_ORDER", NOW.plus(Duration.ofDays(3)), null, null, null), List.of("a", "b"))).isEmpty();
	}

	@Test
	void namesEveryMissingFieldOfAMediationAtOnce() {
		assertThat(fields(MeasureType.MEDIATION, request("MEDIATION", null, null, " ", null), List.of("a")))
			.containsExactly("agreement", "signedBy", "reason");
	}

	@Test
	void refusesACorrectionDeadlineThatHasPassed() {
		assertThat(fields(MeasureType.RECTIFICATION_ORDER, request("RECTIFICATION_ORDER", NOW, null, null, null),
				List.of("a", "b"))).containsExactly("deadline");
	}

	@Test
	void refusesARectificationOrderOfOneOfficer() {
		assertThat(fields(MeasureType.RECTIFICATION_ORDER,
				request("RECTIFICATION_ORDER", NOW.plus(Duration.ofDays(3)), null, null, null), List.of("a")))
			.containsExactly("officers");
	}

	@Test
	void refusesAPenaltyCaseOfOneOfficer() {
		assertThat(fields(MeasureType.PENALTY_CASE, request("PENALTY_CASE", null, "拒不改正", null, null), List.of("a")))
			.containsExactly("officers");
		assertThat(fields(MeasureType.PENALTY_CASE, request("PENALTY_CASE", null, "拒不改正", null, null),
				List.of("a", "b"))).isEmpty();
	}

	@Test
	void everyChineseMessageOfTheModuleHasItsEnglishTranslation() throws Exception {
		Properties zh = load("/i18n/enforcement.properties");
		Properties en = load("/i18n/enforcement_en.properties");
		assertThat(en.stringPropertyNames()).containsAll(zh.stringPropertyNames());
		assertThat(zh.stringPropertyNames()).containsAll(en.stringPropertyNames());
	}

	private static Properties load(String path) throws Exception {
		Properties p = new Properties();
		try (InputStream in = MeasureRulesTests.class.getResourceAsStream(path)) {
			p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return p;
	}
}
