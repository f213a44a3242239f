package org.steward.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese is the default language; {@code ?lang=en} (or {@code zh-CN}) switches and the
 * choice is remembered in a cookie, so an officer's phone keeps the language between visits.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("steward-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Thymeleaf passes every link of a page through {@code response.encodeURL}. Boot's Thymeleaf
	 * configuration registers {@link ResourceUrlEncodingFilter} because webjars-locator-lite enables
	 * the resource chain, and the filter then looks every link up as a static resource on the class
	 * path, uncached when it is not one (every case link): a quarter of the CPU of a busy list page
	 * in bench/run's profile. No versioning strategy is configured, so the filter never rewrote a
	 * link; WebJars paths without versions are still resolved where they are served.
	 */
	@Bean
	static BeanPostProcessor resourceUrlEncodingFilterOff() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof ResourceUrlEncodingFilter) {
					registration.setEnabled(false);
				}
				return bean;
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}
}
