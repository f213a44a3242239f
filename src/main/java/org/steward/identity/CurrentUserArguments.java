package org.steward.identity;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link CurrentUserArgumentResolver}, so controllers of every module take the signed-in
 * account as a {@link CurrentUser} parameter instead of asking {@link Accounts} themselves.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserArguments implements WebMvcConfigurer {

	static {
		// the API documentation would otherwise list the parameter as a query parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	private final Accounts accounts;

	CurrentUserArguments(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver(accounts));
	}
}
