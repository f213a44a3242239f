package org.steward.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.HdrHistogram.Histogram;

/**
 * Reads over the loaded cases: {@code ReadLoad baseUrl requests concurrency caseNumbers.txt results.properties}.
 * Three rounds of {@code requests} each (stopped early after 60 s, so a slow kind reports fewer), {@code concurrency} virtual threads:
 * <ul>
 * <li>{@code detail} — {@code GET /api/v1/cases/{n}} of random loaded cases, bearer token of {@code command};</li>
 * <li>{@code list} — {@code GET /api/v1/cases?status=…&station=…} (first page of 50), random status and station;</li>
 * <li>{@code page} — the same filter as the HTML list page {@code /cases?…} with a signed-in session.</li>
 * </ul>
 * Each round starts with 100 unmeasured warm-up requests (at most 15 s).
 */
public final class ReadLoad {

	private static final String[] STATIONS = { "yuantian", "guanhutun", "huanghe", "fengchan" };

	private static final String[] STATUSES = { "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "HANDLED", "CLOSED", "ESCALATED" };

	private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(60);

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int requests = Integer.parseInt(args[1]);
		int concurrency = Integer.parseInt(args[2]);
		List<String> numbers = Files.readAllLines(Path.of(args[3])).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
		Path out = Path.of(args[4]);
		HttpClient http = Web.client();
		String token = "Bearer " + Web.token(http, base, "command", "steward-demo");
		String session = Web.formLogin(http, base, "command", "steward-demo");

		Map<String, Object> results = new LinkedHashMap<>();
		round(results, "detail", http, requests, concurrency, random -> HttpRequest
			.newBuilder(URI.create(base + "/api/v1/cases/" + numbers.get(random.nextInt(numbers.size()))))
			.header("Authorization", token));
		round(results, "list", http, requests, concurrency,
				random -> HttpRequest.newBuilder(URI.create(base + "/api/v1/cases?" + filter(random))).header("Authorization", token));
		round(results, "page", http, requests, concurrency,
				random -> HttpRequest.newBuilder(URI.create(base + "/cases?" + filter(random))).header("Cookie", session));
		StringBuilder text = new StringBuilder();
		results.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
		Files.writeString(out, text);
		System.out.print(text);
		System.exit(0);
	}

	private static String filter(ThreadLocalRandom random) {
		return "status=" + STATUSES[random.nextInt(STATUSES.length)] + "&station=" + STATIONS[random.nextInt(STATIONS.length)];
	}

	static void round(Map<String, Object> results, String name, HttpClient http, int requests, int concurrency,
			Function<ThreadLocalRandom, HttpRequest.Builder> request) throws InterruptedException {
		run(http, 100, concurrency, request, new Histogram(MAX_MICROS, 3), new AtomicLong(), System.nanoTime() + TimeUnit.SECONDS.toNanos(15));
		Histogram latency = new Histogram(MAX_MICROS, 3);
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		run(http, requests, concurrency, request, latency, errors, start + TimeUnit.SECONDS.toNanos(60));
		double elapsed = (System.nanoTime() - start) / 1e9;
		results.put(name + ".requests", latency.getTotalCount());
		results.put(name + ".errors", errors.get());
		results.put(name + ".rps", String.format("%.1f", latency.getTotalCount() / elapsed));
		results.put(name + ".p50.ms", IntakeLoad.ms(latency.getValueAtPercentile(50)));
		results.put(name + ".p99.ms", IntakeLoad.ms(latency.getValueAtPercentile(99)));
		results.put(name + ".max.ms", IntakeLoad.ms(latency.getMaxValue()));
	}

	private static void run(HttpClient http, int requests, int concurrency, Function<ThreadLocalRandom, HttpRequest.Builder> request,
			Histogram latency, AtomicLong errors, long deadline) throws InterruptedException {
		AtomicInteger left = new AtomicInteger(requests);
		List<Thread> workers = new ArrayList<>();
		for (int c = 0; c < concurrency; c++) {
			workers.add(Thread.ofVirtual().start(() -> {
				Histogram mine = new Histogram(MAX_MICROS, 3);
				ThreadLocalRandom random = ThreadLocalRandom.current();
				while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
					HttpRequest r = request.apply(random).timeout(Duration.ofSeconds(30)).GET().build();
					long sent = System.nanoTime();
					try {
						HttpResponse<byte[]> answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
						mine.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - sent) / 1000));
						if (answer.statusCode() != 200) {
							if (errors.incrementAndGet() <= 3) {
								System.err.println(r.uri() + " → HTTP " + answer.statusCode());
							}
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				synchronized (latency) {
					latency.add(mine);
				}
			}));
		}
		for (Thread t : workers) {
			t.join();
		}
	}
}
