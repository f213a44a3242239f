package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions live in the database, not in a node's memory: a sign-in leaves a session row naming
 * the account, the session cookie alone (in another client, as if at another node) is signed in,
 * signing out removes the row, and anonymous visitors reading public pages get no session at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the test profile turns database sessions off for MockMvc; this test is about them
		properties = "spring.autoconfigure.exclude=")
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
class SessionsInDatabaseTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSignInIsASessionRowAndItsCookieAloneIsSignedInAnywhere() throws Exception {
		CookieManager jar = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).followRedirects(HttpClient.Redirect.NEVER).build();
		signIn(browser, "station.yuantian");
		String cookie = sessionCookie(jar);

		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'station.yuantian'",
				Integer.class)).isGreaterThanOrEqualTo(1);

		HttpClient elsewhere = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> board = elsewhere.send(get("/boards/stations/yuantian").header("Cookie", "JSESSIONID=" + cookie).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(board.statusCode()).isEqualTo(200);
		assertThat(board.body()).contains("id=\"board-rows\"");
	}

	@Test
	void pagesOfOneSessionAskedAtOnceRightAfterTheSignInAllRender() throws Exception {
		CookieManager jar = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).followRedirects(HttpClient.Redirect.NEVER).build();
		signIn(browser, "command");
		// the sign-in dropped the CSRF token: each of these pages saves a new one into the same session
		List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> pages = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			pages.add(browser.sendAsync(get("/cases").build(), HttpResponse.BodyHandlers.ofString()));
		}
		assertThat(pages).extracting(page -> page.join().statusCode()).containsOnly(200);
	}

	@Test
	void anonymousVisitorsOfPublicPagesGetNoSession() throws Exception {
		int before = sessions();
		HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (String page : List.of("/", "/map", "/track", "/disclosure", "/actuator/health")) {
			HttpResponse<String> answer = anonymous.send(get(page).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(page).isLessThan(400);
			assertThat(answer.headers().allValues("Set-Cookie")).as("cookies of " + page)
				.noneMatch(c -> c.startsWith("JSESSIONID"));
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aRecordInAFlashAttributeSurvivesTheSessionTable() {
		Receipt receipt = new Receipt("410105-2026-000001", new Area("yuantian", "园田"), List.of(new Area("a", "b")),
				Instant.parse("2026-12-05T00:00:00Z"), 3);

		Object back = SessionAttributes.read(SessionAttributes.write(new java.util.ArrayList<>(List.of(receipt))));

		assertThat(back).isEqualTo(List.of(receipt));
	}

	/** Like a report receipt: a record of records, not serializable. */
	record Receipt(String number, Area station, List<Area> nearby, Instant at, int count) {
	}

	record Area(String code, String name) {
	}

	private int sessions() {
		return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private void signIn(HttpClient client, String username) throws Exception {
		// the same steps as ServerVisitor, with our own cookie jar to read the session cookie from
		HttpResponse<String> login = client.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
		java.util.regex.Matcher csrf = java.util.regex.Pattern
			.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"")
			.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = client.send(get("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ org.steward.PageVisitor.DEMO_PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
							java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private static String sessionCookie(CookieManager jar) {
		return jar.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
	}
}
