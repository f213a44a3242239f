package org.steward.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application's message bundles: {@code messages} (the shell) and every
 * {@code i18n/<module>.properties} on the class path, found at start-up. A module that brings its
 * own bundle needs no line in a shared list (the list in {@code application.yml} was the file
 * every branch touched, and a bundle left out of it showed message codes instead of words).
 */
public final class MessageBundles {

	private static final Pattern BUNDLE = Pattern.compile("i18n/([a-z0-9]+)(?:_[A-Za-z_]+)?\\.properties$");

	private MessageBundles() {
	}

	/** {@code messages} first, then the module bundles in name order. */
	public static List<String> basenames() {
		TreeSet<String> modules = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
				Matcher matcher = BUNDLE.matcher(String.valueOf(resource.getURL()));
				if (matcher.find()) {
					modules.add("i18n/" + matcher.group(1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not list the message bundles", e);
		}
		List<String> basenames = new ArrayList<>();
		basenames.add("messages");
		basenames.addAll(modules);
		return List.copyOf(basenames);
	}

	/** Chinese is the default; no fallback to the server's locale, which says nothing about the reader. */
	public static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames().toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * Hands the discovered list to Boot's message source as {@code spring.messages.basename}, as
	 * the lowest-ranked property source: an operator's own setting still wins.
	 */
	public static final class Property implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			environment.getPropertySources().addLast(new MapPropertySource("stewardMessageBundles", Map.of(
					"spring.messages.basename", String.join(",", basenames()),
					"spring.messages.fallback-to-system-locale", "false")));
		}
	}
}
