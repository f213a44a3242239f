/*
 * The client of .ci/two-nodes (run by Java's source launcher, JDK only): signs in, watches boards,
 * reports and loads two Steward nodes, and prints what it saw. Every check that fails exits non-zero.
 *
 *   java TwoNodes.java boards  <nodeA> <nodeB>                  board fan-out both ways, session on the other node
 *   java TwoNodes.java load    <balancer> <watchNode> <seconds> <threads> <killAfterSeconds> <pid> <answeredFile>
 */
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class TwoNodes {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"");

	static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"(\\d{6}-\\d{4}-\\d{6})\"");

	static final Pattern ROW = Pattern.compile("case-(\\d{6}-\\d{4}-\\d{6})");

	static final String PASSWORD = System.getenv().getOrDefault("STEWARD_DEMO_PASSWORD", "steward-demo");

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "boards" -> boards(args[1], args[2]);
			case "load" -> load(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
					Integer.parseInt(args[5]), Long.parseLong(args[6]), Path.of(args[7]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	/** A report through one node reaches a board on the other, both ways; a session from one works on the other. */
	static void boards(String a, String b) throws Exception {
		for (String[] pair : new String[][] { { a, b }, { b, a } }) {
			Board board = Board.open(pair[1], signIn(pair[1], "command"));
			long sent = System.nanoTime();
			// street vending: urban management leads, so the case is dispatched to a station (and can go overdue)
			String number = report(HttpClient.newHttpClient(), pair[0], "0502", "two nodes board " + UUID.randomUUID());
			if (number == null) {
				fail("a report through " + pair[0] + " was not answered 201");
			}
			if (!board.await(Set.of(number), Duration.ofSeconds(20))) {
				fail("the board on " + pair[1] + " did not show case " + number + " reported through " + pair[0]);
			}
			System.out.printf("board: case %s reported through %s appeared on the board of %s after %d ms%n", number, pair[0],
					pair[1], TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
			board.close();
			System.out.println("case " + number);
		}
		HttpClient signedInOnA = signIn(a, "station.yuantian");
		HttpResponse<String> onB = signedInOnA.send(get(b + "/boards/stations/yuantian").build(), HttpResponse.BodyHandlers.ofString());
		if (onB.statusCode() != 200 || !onB.body().contains("board-rows")) {
			fail("a session signed in on " + a + " was answered " + onB.statusCode() + " by " + b);
		}
		System.out.println("session: signed in on " + a + ", served by " + b + ": HTTP 200");
	}

	/**
	 * Reports through the balancer from several threads for a bounded time; kills the node {@code pid}
	 * (kill -9) part-way; watches the command board on the surviving node; writes every case number
	 * answered 201 (with its unique description) to {@code answeredFile}.
	 */
	static void load(String balancer, String watch, int seconds, int threads, int killAfter, long pid, Path answeredFile)
			throws Exception {
		Board board = Board.open(watch, signIn(watch, "command"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, String> answered = new ConcurrentHashMap<>();
		AtomicLong errors = new AtomicLong();
		Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long stop = start + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> posters = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			posters.add(Thread.ofVirtual().start(() -> {
				while (System.nanoTime() < stop) {
					String description = "two nodes load " + UUID.randomUUID();
					try {
						HttpResponse<String> answer = post(http, balancer, "0504", description);
						Matcher m = CASE_NUMBER.matcher(answer.body());
						if (answer.statusCode() == 201 && m.find()) {
							answered.put(m.group(1), description);
						}
						else {
							errors.incrementAndGet();
							errorKinds.computeIfAbsent("HTTP " + answer.statusCode(), k -> new AtomicLong()).incrementAndGet();
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
						errorKinds.computeIfAbsent(ex.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}));
		}
		Thread.sleep(TimeUnit.SECONDS.toMillis(killAfter));
		long answeredBeforeKill = answered.size();
		ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		System.out.printf("load: killed node pid %d (kill -9) after %d s, %d reports answered so far%n", pid, killAfter,
				answeredBeforeKill);
		System.out.println("killed-at-epoch-ms " + System.currentTimeMillis());
		for (Thread poster : posters) {
			poster.join();
		}
		StringBuilder lines = new StringBuilder();
		answered.forEach((number, description) -> lines.append(number).append('\t').append(description).append('\n'));
		Files.writeString(answeredFile, lines);
		System.out.printf("load: %d s, %d threads through %s: %d answered 201, %d failed %s%n", seconds, threads, balancer,
				answered.size(), errors.get(), errorKinds);
		// board rows of every answered case, on the surviving node: those the dead node had not pushed
		// arrive once their publications are resubmitted
		boolean all = board.await(answered.keySet(), Duration.ofSeconds(90));
		System.out.printf("board events seen on %s: %d of %d answered cases%n", watch,
				answered.keySet().stream().filter(board.seen::contains).count(), answered.size());
		board.close();
		if (answered.isEmpty()) {
			fail("no report was answered during the load");
		}
		if (!all) {
			fail("the board on " + watch + " missed some answered cases");
		}
	}

	static String report(HttpClient http, String base, String category, String description) throws Exception {
		HttpResponse<String> answer = post(http, base, category, description);
		Matcher m = CASE_NUMBER.matcher(answer.body());
		return answer.statusCode() == 201 && m.find() ? m.group(1) : null;
	}

	static HttpResponse<String> post(HttpClient http, String base, String category, String description)
			throws IOException, InterruptedException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		// inside the demo territory's Yuantian grids (the bench's first grid)
		double lng = 113.677 + random.nextDouble() * 0.008;
		double lat = 34.798 + random.nextDouble() * 0.005;
		String json = String.format("{\"categoryCode\":\"%s\",\"description\":\"%s\",\"location\":{\"lat\":%.6f,\"lng\":%.6f},\"urgency\":\"NORMAL\"}",
				category, description, lat, lng);
		return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpClient signIn(String base, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String login = client.send(get(base + "/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			fail("no sign-in form on " + base);
		}
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(get(base + "/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			fail("sign-in of " + username + " on " + base + ": HTTP " + signedIn.statusCode());
		}
		return client;
	}

	static HttpRequest.Builder get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
	}

	static void fail(String message) {
		System.err.println("TWO NODES CHECK FAILED: " + message);
		System.exit(1);
	}

	/** One subscriber of a node's command board, collecting the case numbers of the rows pushed to it. */
	static final class Board {

		final Set<String> seen = ConcurrentHashMap.newKeySet();

		final Stream<String> lines;

		private Board(Stream<String> lines) {
			this.lines = lines;
		}

		static Board open(String base, HttpClient signedIn) throws Exception {
			HttpResponse<Stream<String>> response = signedIn.send(HttpRequest.newBuilder(URI.create(base + "/boards/command/stream"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofLines());
			if (response.statusCode() != 200) {
				fail("the command board stream on " + base + " answered " + response.statusCode());
			}
			Board board = new Board(response.body());
			java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
			Thread.ofVirtual().start(() -> {
				try {
					board.lines.forEach(line -> {
						open.countDown();
						Matcher m = ROW.matcher(line);
						while (m.find()) {
							board.seen.add(m.group(1));
						}
					});
				}
				catch (RuntimeException closed) {
					// closed by us, or the node went away
				}
			});
			// the first line (a comment) comes once the subscription is registered
			if (!open.await(15, TimeUnit.SECONDS)) {
				fail("the command board stream on " + base + " sent nothing");
			}
			return board;
		}

		boolean await(Set<String> numbers, Duration within) throws InterruptedException {
			long until = System.nanoTime() + within.toNanos();
			while (System.nanoTime() < until) {
				if (seen.containsAll(numbers)) {
					return true;
				}
				Thread.sleep(100);
			}
			return seen.containsAll(numbers);
		}

		void close() {
			lines.close();
		}
	}
}
