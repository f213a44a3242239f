package org.steward.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.steward.cases.CaseAction;

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

	/** Step kinds the cases module writes: CaseAction names, and string literals where a step is made. */
	static Set<String> publishedStepKinds() throws IOException {
		Set<String> kinds = new TreeSet<>();
		Pattern stepCall = Pattern.compile("(?:move|stay|publish|new (?:Case\\.)?Step)\\((?:c, |into, |now, )?([^;]*)");
		Pattern literal = Pattern.compile("\"([A-Z][A-Z_]+)\"");
		Pattern action = Pattern.compile("CaseAction\\.([A-Z_]+)\\.name\\(\\)");
		try (Stream<Path> files = Files.list(Path.of("src/main/java/org/steward/cases"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher calls = stepCall.matcher(Files.readString(file));
				while (calls.find()) {
					String head = calls.group(1);
					head = head.length() > 60 ? head.substring(0, 60) : head;
					Matcher l = literal.matcher(head);
					while (l.find()) {
						kinds.add(l.group(1));
					}
					Matcher a = action.matcher(head);
					while (a.find()) {
						kinds.add(a.group(1));
					}
				}
			}
		}
		for (CaseAction a : CaseAction.values()) {
			kinds.add(a.name());
		}
		return kinds;
	}

	@Test
	void everyStepKindTheCasesModuleWritesHasAChineseAndAnEnglishName() throws IOException {
		Set<String> kinds = publishedStepKinds();
		assertThat(kinds).contains("REGISTERED", "SUPPORTED", "RATED", "REWORK", "REVIEW_REWORK", "REVIEW_PASSED",
				"MERGED_FROM", "EXTENSION_APPROVED", "EXTENSION_REFUSED", "DEADLINE_MISSED", "ACKNOWLEDGE");
		for (String bundle : new String[] { "i18n/cases.properties", "i18n/cases_en.properties" }) {
			Properties properties = new Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(kinds).as(bundle).allSatisfy(kind -> assertThat(properties).containsKey("cases.step." + kind));
		}
	}

	@Test
	void aRatingIsShownAsItsWord() {
		assertThat(notes(ZH).step("RATED")).isEqualTo("群众评价");
		assertThat(notes(ZH).notes("RATED", "DISSATISFIED")).isEqualTo("不满意");
		assertThat(notes(Locale.ENGLISH).notes("RATED", "DISSATISFIED")).isEqualTo("Dissatisfied");
	}

	@Test
	void anEscalationNamesTargetAndReasonInWords() {
		assertThat(notes(ZH).notes("REGISTERED", "COMMAND_CENTRE: NOT_STATION_CATEGORY"))
			.isEqualTo("指挥中心：该类问题由其他部门牵头，需指挥中心协调");
		assertThat(notes(Locale.ENGLISH).escalation("COMMAND_CENTRE", "OUTSIDE_SERVICE_AREA"))
			.isEqualTo("Command centre: the spot is outside every grid");
		assertThat(notes(ZH).notes("ESCALATE", "SQUAD: 当事人拒不配合")).isEqualTo("中队：当事人拒不配合");
	}

	@Test
	void aDispatchNamesTheStationNotItsCode() {
		assertThat(notes(ZH).notes("REGISTERED", "→ yuantian / 王芳")).isEqualTo("→ 园田社区执法服务站 / 王芳");
		assertThat(notes(ZH).notes("REASSIGN", "→ yuantian: 辖区调整")).isEqualTo("→ 园田社区执法服务站: 辖区调整");
	}

	@Test
	void anExtensionAndAMissedDeadlineReadInTheReadersLanguageAndLocalTime() {
		assertThat(notes(ZH).notes("EXTEND", "+5 working days: 需要协调")).isEqualTo("申请延长 5 个工作日：需要协调");
		assertThat(notes(Locale.ENGLISH).notes("EXTEND", "+1 working days: waiting")).isEqualTo("+1 working day: waiting");
		assertThat(notes(ZH).notes("DEADLINE_MISSED",
				"HANDLE deadline 2026-12-01T02:38:25.318026Z missed by 30 min; SQUAD_LEADER alerted"))
			.isEqualTo("处置时限 12-01 10:38 已超 30 分钟，已提醒中队长");
	}

	@Test
	void freeTextAndUnknownShapesStayAsWritten() {
		assertThat(notes(ZH).notes("HANDLE", "已清理 — 现场恢复")).isEqualTo("已清理 — 现场恢复");
		assertThat(notes(ZH).step("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
		assertThat(notes(ZH).notes("VERIFY", null)).isEmpty();
	}
}
