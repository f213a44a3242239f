package org.steward.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP plumbing shared by the load generator and the read benchmark: clients, form login, API token. */
final class Web {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private Web() {
	}

	/** An HTTP/1.1 client whose requests run on virtual threads; one connection per concurrent request. */
	static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	/** Signs in through the login form and answers the session cookie ("JSESSIONID=…"). */
	static String formLogin(HttpClient http, String base, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on /login (HTTP " + page.statusCode() + ")");
		}
		String cookie = session(page.headers().allValues("set-cookie"), null);
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (cookie != null) {
			post.header("Cookie", cookie);
		}
		HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Form login of " + username + " failed: HTTP " + answer.statusCode() + " → " + location);
		}
		String signedIn = session(answer.headers().allValues("set-cookie"), cookie);
		if (signedIn == null) {
			throw new IllegalStateException("No session cookie after login");
		}
		return signedIn;
	}

	/** A bearer token from {@code POST /api/v1/auth/token}. */
	static String token(HttpClient http, String base, String username, String password)
			throws IOException, InterruptedException {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = TOKEN.matcher(answer.body());
		if (answer.statusCode() != 200 || !m.find()) {
			throw new IllegalStateException("No token for " + username + ": HTTP " + answer.statusCode() + " " + answer.body());
		}
		return m.group(1);
	}

	private static String session(List<String> setCookies, String fallback) {
		for (String c : setCookies) {
			Matcher m = SESSION.matcher(c);
			if (m.find()) {
				return "JSESSIONID=" + m.group(1);
			}
		}
		return fallback;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
