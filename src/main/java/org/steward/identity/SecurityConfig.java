package org.steward.identity;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.steward.refusal.RefusalTexts;

/**
 * Two doors into Steward. The API ({@code /api/**}) is stateless and takes signed bearer
 * tokens; pages use a session with form login and CSRF protection. Reference data that a
 * resident's report page needs (territory, categories, departments) is readable by anyone.
 * Finer rules (role, data scope) sit on the handlers with {@code @PreAuthorize}.
 * <p>
 * Both doors check passwords with the same {@link AccountSignIn}, so the sign-in throttle is one
 * rule. Actuator endpoints other than health are for administrators only. A bearer token stays valid until it expires even if the account's roles change
 * meanwhile; a disabled account's token is refused at once (see {@link AccountTokenConverter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	/** Paths readable without an account, on both doors. */
	static final String[] PUBLIC_API_READS = {
			"/api/v1/territory/**", "/api/v1/categories/**", "/api/v1/departments/**",
			// the map pages' place search: names, shop addresses and points, nothing personal
			"/api/v1/places" };

	/**
	 * Enforcement documents' PDFs asked for with a bearer token: API clients fetch the {@code pdfUrl}
	 * they were given through the API's door (the handler still checks the caller's scope).
	 */
	static final org.springframework.security.web.util.matcher.RequestMatcher BEARER_DOCUMENT_PDFS = request -> {
		String auth = request.getHeader("Authorization");
		return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && request.getRequestURI()
			.substring(request.getContextPath().length())
			.matches("/(enforcement/documents/\\d+|enforcement/records/\\d+|penalties/\\d+/documents/[a-z]+)\\.pdf");
	};

	/** Delegating encoder: bcrypt today, and hashes stay readable if the default changes. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The one password authentication manager, used by form login and the token endpoint.
	 * Publishing it as a bean keeps Spring Boot from creating its default in-memory user.
	 */
	@Bean
	AuthenticationManager authenticationManager(JdbcAccounts accounts, PasswordEncoder passwordEncoder, Clock clock,
			ObjectProvider<AuthenticationEventPublisher> eventPublisher, SignInThrottle throttle) {
		ProviderManager manager = new ProviderManager(
				new AccountSignIn(accounts, passwordEncoder, clock, LockoutPolicy.COUNT_ONLY, throttle));
		eventPublisher.ifAvailable(manager::setAuthenticationEventPublisher);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, JdbcAccounts accounts, RefusalTexts refusals) throws Exception {
		ApiAccessProblems problems = new ApiAccessProblems(refusals);
		http.securityMatcher(new org.springframework.security.web.util.matcher.OrRequestMatcher(
				org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
				BEARER_DOCUMENT_PDFS))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_API_READS).permitAll()
				// residents follow and rate their case by tracking code, without an account
				.requestMatchers(HttpMethod.GET, "/api/v1/track/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/track/**").permitAll()
				// residents report without an account
				.requestMatchers(HttpMethod.POST, "/api/v1/reports").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/reports/nearby").permitAll()
				// attendees sign in to an outreach session from their own phones, the QR link's token is the authority
				.requestMatchers(HttpMethod.POST, "/api/v1/outreach/sign-in").permitAll()
				.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new AccountTokenConverter(accounts))));
		return http.build();
	}

	/**
	 * Actuator: health (for load balancers and probes) is open; everything else — metrics, Prometheus,
	 * the module map — is for administrators only, signed in on a page or with an administrator's bearer
	 * token (a Prometheus scrape job sends {@code Authorization: Bearer …}).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http, JdbcAccounts accounts, RefusalTexts refusals) throws Exception {
		ApiAccessProblems problems = new ApiAccessProblems(refusals);
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasRole(Role.ADMIN.name()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.jwtAuthenticationConverter(new AccountTokenConverter(accounts))));
		return http.build();
	}

	/**
	 * What a browser may load into Steward's pages: scripts only from Steward itself (no inline script,
	 * no eval), styles from itself and style attributes (Leaflet and htmx set them), images also from the
	 * configured map tile server (https) and data/blob URLs, no framing, forms posting only to Steward.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer
				.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(), microphone=(), payment=()")));
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/login", "/map", "/track", "/track/**", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
						"/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
						"/report", "/report/**", "/disclosure", "/disclosure/**")
				.permitAll()
				.requestMatchers("/outreach/sign-in").permitAll()
				// Open311 GeoReport v2: anyone reads; a POST is checked against its api_key by the open311 module
				.requestMatchers("/open311/**").permitAll()
				// a resident stops case messages with the link in each message, without an account
				.requestMatchers("/updates/**").permitAll()
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
			// Open311 clients post with an api_key, not a session: no CSRF token to send
			.csrf(csrf -> csrf.ignoringRequestMatchers("/open311/**"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}
}
