package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/** The resolver alone, over a stubbed facade: which parameters it takes and what each gets. */
class CurrentUserArgumentResolverTests {

	final Accounts accounts = mock(Accounts.class);

	final CurrentUserArgumentResolver resolver = new CurrentUserArgumentResolver(accounts);

	final CurrentUser officer = new CurrentUser("officer.x", "警员 X", Set.of(Role.OFFICER),
			new DataScope.Station("yuantian"));

	@Test
	void takesCurrentUserParametersOnly() throws Exception {
		assertThat(resolver.supportsParameter(parameter("required"))).isTrue();
		assertThat(resolver.supportsParameter(parameter("nullable"))).isTrue();
		assertThat(resolver.supportsParameter(parameter("optional"))).isTrue();
		assertThat(resolver.supportsParameter(parameter("other"))).isFalse();
	}

	@Test
	void givesTheSignedInAccountToEveryKindOfParameter() throws Exception {
		when(accounts.current()).thenReturn(Optional.of(officer));

		assertThat(resolve("required")).isEqualTo(officer);
		assertThat(resolve("nullable")).isEqualTo(officer);
		assertThat(resolve("optional")).isEqualTo(Optional.of(officer));
	}

	@Test
	void anAnonymousRequestGetsNullOrEmptyWhereAllowedAnd401Elsewhere() throws Exception {
		when(accounts.current()).thenReturn(Optional.empty());

		assertThat(resolve("nullable")).isNull();
		assertThat(resolve("optional")).isEqualTo(Optional.empty());
		assertThatThrownBy(() -> resolve("required")).isInstanceOfSatisfying(ResponseStatusException.class,
				ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
	}

	private @Nullable Object resolve(String method) throws Exception {
		return resolver.resolveArgument(parameter(method), null,
				new ServletWebRequest(new MockHttpServletRequest()), null);
	}

	private MethodParameter parameter(String name) {
		for (Method method : Handlers.class.getDeclaredMethods()) {
			if (method.getName().equals(name)) {
				return new MethodParameter(method, 0);
			}
		}
		throw new IllegalArgumentException(name);
	}

	@SuppressWarnings("unused")
	static class Handlers {

		void required(CurrentUser user) {
		}

		void nullable(@Nullable CurrentUser user) {
		}

		void optional(Optional<CurrentUser> user) {
		}

		void other(String user) {
		}
	}
}
