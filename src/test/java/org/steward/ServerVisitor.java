package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in against a running server ({@code webEnvironment = RANDOM_PORT}) over real HTTP, for
 * tests that need a real connection without a browser (a server-sent event stream) or beside
 * one (an API call while a browser watches the board). With MockMvc use {@link PageVisitor} and
 * {@link ApiCaller}; with a browser, {@link Browser#signIn}.
 */
public final class ServerVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private ServerVisitor() {
	}

	/**
	 * An HTTP client with a cookie jar, signed in as a demo account through the login form of the
	 * server at {@code baseUrl} (e.g. {@code http://localhost:8080}); it does not follow redirects.
	 */
	public static HttpClient signIn(String baseUrl, String username) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String login = client.send(request(baseUrl + "/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PageVisitor.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(request(baseUrl + "/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).as("sign-in of " + username)
			.doesNotContain("error");
		return client;
	}

	/** A bearer token for a demo account from the server at {@code baseUrl}. */
	public static String tokenOf(String baseUrl, String username) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request(baseUrl + "/api/v1/auth/token").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"username\":\"" + username + "\",\"password\":\"" + PageVisitor.DEMO_PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("token of " + username).isEqualTo(200);
		Matcher m = TOKEN.matcher(answer.body());
		assertThat(m.find()).as("a token in " + answer.body()).isTrue();
		return m.group(1);
	}

	private static HttpRequest.Builder request(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
	}
}
