package org.steward.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.jspecify.annotations.Nullable;
import org.steward.cases.CaseStatus;
import org.steward.cases.CaseStep;
import org.steward.cases.TimelineEntry;
import org.steward.cases.TimelineNote;

/** Timeline steps and their notes read as words in both languages, never as codes. */
class TimelineNotesTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/cases");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static TimelineNotes notes(Locale locale) {
		return new TimelineNotes(messages(), locale, Map.of("yuantian", "园田社区执法服务站"), ZoneId.of("Asia/Shanghai"));
	}

	static TimelineNote note(TimelineNote.Code code, String... args) {
		return new TimelineNote(code, List.of(args), null);
	}

	static TimelineEntry entry(CaseStep step, @Nullable String actorName) {
		return new TimelineEntry(Instant.parse("2026-12-01T02:00:00Z"), step, actorName, null, CaseStatus.DISPATCHED,
				TimelineNote.text(null), null, List.of());
	}

	@Test
	void everyStepKindAndNoteCodeHasAChineseAndAnEnglishText() throws IOException {
		for (String bundle : new String[] { "i18n/cases.properties", "i18n/cases_en.properties" }) {
			Properties properties = new Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(CaseStep.values()).as(bundle)
				.allSatisfy(kind -> assertThat(properties).containsKey("cases.step." + kind.name()));
			assertThat(TimelineNote.Code.values()).as(bundle)
				.allSatisfy(code -> assertThat(properties).containsKey("cases.note." + code.name()));
		}
	}

	@Test
	void aRatingIsShownAsItsWord() {
		assertThat(notes(ZH).step(CaseStep.RATED)).isEqualTo("群众评价");
		assertThat(notes(ZH).note(note(TimelineNote.Code.RATED, "DISSATISFIED"))).isEqualTo("不满意");
		assertThat(notes(Locale.ENGLISH).note(note(TimelineNote.Code.RATED, "DISSATISFIED"))).isEqualTo("Dissatisfied");
	}

	@Test
	void anEscalationNamesTargetAndReasonInWords() {
		assertThat(notes(ZH).note(note(TimelineNote.Code.QUEUED, "COMMAND_CENTRE", "NOT_STATION_CATEGORY")))
			.isEqualTo("指挥中心：该类问题由其他部门牵头，需指挥中心协调");
		assertThat(notes(Locale.ENGLISH).escalation("COMMAND_CENTRE", "OUTSIDE_SERVICE_AREA"))
			.isEqualTo("Command centre: the spot is outside every grid");
		assertThat(notes(ZH).note(note(TimelineNote.Code.ESCALATED, "SQUAD").withText("当事人拒不配合")))
			.isEqualTo("中队：当事人拒不配合");
		assertThat(notes(Locale.ENGLISH).note(note(TimelineNote.Code.ESCALATED, "SQUAD").withText("owner refuses")))
			.isEqualTo("Squad: owner refuses");
	}

	@Test
	void aDispatchNamesTheStationNotItsCode() {
		assertThat(notes(ZH).note(note(TimelineNote.Code.ROUTED, "yuantian", "王芳"))).isEqualTo("→ 园田社区执法服务站 / 王芳");
		assertThat(notes(ZH).note(note(TimelineNote.Code.ROUTED, "yuantian").withText("辖区调整")))
			.isEqualTo("→ 园田社区执法服务站：辖区调整");
	}

	@Test
	void anExtensionAndAMissedDeadlineReadInTheReadersLanguageAndLocalTime() {
		assertThat(notes(ZH).note(note(TimelineNote.Code.EXTENSION_REQUESTED, "5").withText("需要协调")))
			.isEqualTo("申请延长 5 个工作日：需要协调");
		assertThat(notes(Locale.ENGLISH).note(note(TimelineNote.Code.EXTENSION_REQUESTED, "1").withText("waiting")))
			.isEqualTo("+1 working day: waiting");
		TimelineNote missed = note(TimelineNote.Code.DEADLINE_MISSED, "HANDLE", "2026-12-01T02:38:25.318026Z", "30",
				"SQUAD_LEADER");
		assertThat(notes(ZH).note(missed)).isEqualTo("处置时限 12-01 10:38 已超 30 分钟，已提醒中队长");
		assertThat(notes(Locale.ENGLISH).note(missed)).isEqualTo("Handling deadline 12-01 10:38 missed by 30 min; squad leader alerted");
	}

	@Test
	void typedWordsStayAsWritten() {
		assertThat(notes(ZH).note(TimelineNote.text("已清理 — 现场恢复"))).isEqualTo("已清理 — 现场恢复");
		assertThat(notes(ZH).note(TimelineNote.text(null))).isEmpty();
	}

	@Test
	void actorsAreShownByDisplayNameOrAsResidentOrSystem() {
		assertThat(notes(ZH).actor(entry(CaseStep.ACKNOWLEDGE, "刘洋"))).isEqualTo("刘洋");
		assertThat(notes(ZH).actor(entry(CaseStep.RATED, null))).isEqualTo("群众");
		assertThat(notes(Locale.ENGLISH).actor(entry(CaseStep.DEADLINE_MISSED, null))).isEqualTo("System");
	}
}
