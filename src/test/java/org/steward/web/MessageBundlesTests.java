package org.steward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessageBundlesTests {

	@Test
	void every_module_bundle_on_the_class_path_is_read_once_and_by_its_base_name() {
		assertThat(MessageBundles.basenames())
			.startsWith("messages")
			.contains("i18n/cases", "i18n/refusal", "i18n/inbox", "i18n/messaging")
			.doesNotHaveDuplicates()
			.noneMatch(name -> name.contains("_"));
	}

	@Test
	void a_module_text_resolves_in_chinese_and_english() {
		var messages = MessageBundles.messageSource();
		assertThat(messages.getMessage("cases.refused.required", new Object[] { "x" }, Locale.SIMPLIFIED_CHINESE))
			.isNotBlank()
			.isNotEqualTo(messages.getMessage("cases.refused.required", new Object[] { "x" }, Locale.ENGLISH));
	}
}
