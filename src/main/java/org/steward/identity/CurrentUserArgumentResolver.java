package org.steward.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Gives a controller method the signed-in account as a parameter: {@code CurrentUser user}, the
 * same for a page session and an API bearer token (both end in {@link Accounts#current()}). Without
 * an enabled account the request is answered 401; a handler open to anonymous visitors declares
 * {@code @Nullable CurrentUser user} (null then) or {@code Optional<CurrentUser>}.
 */
final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	private final Accounts accounts;

	CurrentUserArgumentResolver(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.nestedIfOptional().getNestedParameterType() == CurrentUser.class;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		Optional<CurrentUser> user = accounts.current();
		if (parameter.getParameterType() == Optional.class) {
			return user;
		}
		if (parameter.isOptional()) {
			return user.orElse(null);
		}
		// signed in, but the account is gone or disabled since (a session outlives neither)
		return user.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
	}
}
