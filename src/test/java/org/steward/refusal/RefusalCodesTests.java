package org.steward.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every refusal code the main code names has a text in zh-CN and in English, and the two bundles of a
 * module know the same refusal codes. Codes are found as they are written at the throw sites: string
 * literals of the shape {@code <module>.refused.<name>}.
 */
class RefusalCodesTests {

	private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9]+)*\\.refused\\.[A-Za-z0-9.]+)\"");

	@Test
	void everyRefusalCodeInTheCodeHasAChineseAndAnEnglishText() throws IOException {
		Set<String> codes = codesInMainCode();
		assertThat(codes).as("refusal codes found in src/main/java").isNotEmpty();
		ResourceBundleMessageSource messages = messageSource();
		List<String> missing = new ArrayList<>();
		for (String code : codes) {
			for (Locale locale : RefusalTexts.LANGUAGES) {
				String text = messages.getMessage(code, null, null, locale);
				if (text == null || text.isBlank()) {
					missing.add(code + " (" + locale + ")");
				}
			}
		}
		assertThat(missing).as("refusal codes without a text").isEmpty();
	}

	@Test
	void chineseAndEnglishBundlesKnowTheSameRefusalCodes() {
		List<String> unmatched = new ArrayList<>();
		for (String basename : basenames()) {
			Set<String> zh = refusalKeys(basename + ".properties");
			Set<String> en = refusalKeys(basename + "_en.properties");
			zh.stream().filter(k -> !en.contains(k)).forEach(k -> unmatched.add(k + " has no English text"));
			en.stream().filter(k -> !zh.contains(k)).forEach(k -> unmatched.add(k + " has no Chinese text"));
		}
		assertThat(unmatched).isEmpty();
	}

	@Test
	void theSharedTextsNameEveryKind() {
		ResourceBundleMessageSource messages = messageSource();
		for (Refusal.Kind kind : Refusal.Kind.values()) {
			for (Locale locale : RefusalTexts.LANGUAGES) {
				assertThat(messages.getMessage("refusal.kind." + kind.name(), null, null, locale))
					.as(kind + " in " + locale)
					.isNotBlank();
			}
		}
		assertThat(messages.getMessage("refusal.kind.INVALID", null, Locale.SIMPLIFIED_CHINESE))
			.isNotEqualTo(messages.getMessage("refusal.kind.INVALID", null, Locale.ENGLISH));
	}

	static Set<String> codesInMainCode() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = CODE.matcher(Files.readString(file));
				while (m.find()) {
					codes.add(m.group(1));
				}
			}
		}
		return codes;
	}

	/** The bundles the application reads. */
	static List<String> basenames() {
		return org.steward.web.MessageBundles.basenames();
	}

	static ResourceBundleMessageSource messageSource() {
		return org.steward.web.MessageBundles.messageSource();
	}

	private static Set<String> refusalKeys(String resource) {
		Properties properties = new Properties();
		try (InputStream in = RefusalCodesTests.class.getResourceAsStream("/" + resource)) {
			if (in == null) {
				return Set.of();
			}
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Set<String> keys = new TreeSet<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.contains(".refused.") || key.startsWith("refusal.")) {
				keys.add(key);
			}
		}
		return keys;
	}
}
