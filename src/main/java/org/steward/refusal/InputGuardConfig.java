package org.steward.refusal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request's parameters pass the {@link InputGuard} before its handler runs. */
@Configuration(proxyBeanMethods = false)
class InputGuardConfig implements WebMvcConfigurer {

	private final InputGuard guard;

	InputGuardConfig(InputGuard guard) {
		this.guard = guard;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(guard);
	}
}
