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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

/**
 * Intake load, dispatch latency and resident memory in one pass.
 * <p>
 * {@code IntakeLoad baseUrl seconds connections appPid results.properties}
 * <ol>
 * <li>signs in as {@code command} through the login form and subscribes to the four station boards'
 * and the command board's event streams, noting when each case's first event arrives on any of
 * them (the event id is the case number);</li>
 * <li>runs {@code connections} virtual threads, each posting valid reports ({@code POST /api/v1/reports}) back to
 * back for {@code seconds}: a random category of the catalogue, a random point inside a random demo grid;</li>
 * <li>samples the application's VmRSS every 100 ms meanwhile;</li>
 * <li>waits up to 5 s for the last events, then writes throughput, latencies, errors, dispatch latency
 * (event arrival − POST answer) and the largest RSS.</li>
 * </ol>
 */
public final class IntakeLoad {

	private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"(\\d{6}-\\d{4}-\\d{6})\"");

	private static final Pattern CATEGORY = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{4})\"");

	private static final String[] STATIONS = { "yuantian", "guanhutun", "huanghe", "fengchan" };

	/** Demo grids as west, south, east, north (synthetic rectangles of the demo territory). */
	private static final double[][] GRIDS = { { 113.676, 34.797, 113.686, 34.804 }, { 113.686, 34.797, 113.696, 34.804 },
			{ 113.676, 34.790, 113.686, 34.797 }, { 113.686, 34.790, 113.696, 34.797 }, { 113.700, 34.790, 113.708, 34.804 },
			{ 113.708, 34.790, 113.716, 34.804 }, { 113.645, 34.805, 113.665, 34.815 }, { 113.645, 34.795, 113.665, 34.805 },
			{ 113.660, 34.773, 113.675, 34.787 }, { 113.675, 34.773, 113.690, 34.787 } };

	private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(60);

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int seconds = Integer.parseInt(args[1]);
		int connections = Integer.parseInt(args[2]);
		long pid = Long.parseLong(args[3]);
		Path out = Path.of(args[4]);

		HttpClient http = Web.client();
		HttpClient streams = Web.client();
		List<String> categories = categories(http, base);

		Map<String, Long> answeredAt = new ConcurrentHashMap<>();
		Map<String, Long> eventAt = new ConcurrentHashMap<>();
		String session = Web.formLogin(http, base, "command", "steward-demo");
		List<Thread> readers = new ArrayList<>();
		for (String station : STATIONS) {
			readers.add(Thread.ofVirtual()
				.start(() -> readBoard(streams, base, "/boards/stations/" + station + "/stream", session, eventAt)));
		}
		// cases of categories stations do not handle go to the command centre, never to a station
		// board: without this board they counted as missing (a third of the cases in earlier runs)
		readers.add(Thread.ofVirtual().start(() -> readBoard(streams, base, "/boards/command/stream", session, eventAt)));
		Thread.sleep(1000); // let the five subscriptions register before the first report

		AtomicLong maxRss = new AtomicLong();
		Thread sampler = Thread.ofVirtual().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				maxRss.accumulateAndGet(rssKb(pid), Math::max);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});

		Histogram latency = new Histogram(MAX_MICROS, 3);
		AtomicLong ok = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		Map<Integer, AtomicLong> errorCodes = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long stop = start + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> posters = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			posters.add(Thread.ofVirtual().start(() -> {
				Histogram mine = new Histogram(MAX_MICROS, 3);
				ThreadLocalRandom random = ThreadLocalRandom.current();
				while (System.nanoTime() < stop) {
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(report(random, categories)))
						.build();
					long sent = System.nanoTime();
					try {
						HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
						long answered = System.nanoTime();
						mine.recordValue(Math.min(MAX_MICROS, (answered - sent) / 1000));
						Matcher m = CASE_NUMBER.matcher(answer.body());
						if (answer.statusCode() == 201 && m.find()) {
							ok.incrementAndGet();
							answeredAt.put(m.group(1), answered);
						}
						else {
							errors.incrementAndGet();
							errorCodes.computeIfAbsent(answer.statusCode(), k -> new AtomicLong()).incrementAndGet();
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
						errorCodes.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
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
		for (Thread t : posters) {
			t.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		// the last answers' events may still be on their way
		long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < waitUntil && !eventAt.keySet().containsAll(answeredAt.keySet())) {
			Thread.sleep(50);
		}
		sampler.interrupt();
		readers.forEach(Thread::interrupt);

		Histogram dispatch = new Histogram(MAX_MICROS, 3);
		long missing = 0;
		long beforeAnswer = 0;
		for (Map.Entry<String, Long> answered : answeredAt.entrySet()) {
			Long seen = eventAt.get(answered.getKey());
			if (seen == null) {
				missing++;
				continue;
			}
			long micros = (seen - answered.getValue()) / 1000;
			if (micros < 0) {
				beforeAnswer++; // the event overtook the POST's answer: zero wait for the board
				micros = 0;
			}
			dispatch.recordValue(Math.min(MAX_MICROS, micros));
		}

		Map<String, Object> results = new LinkedHashMap<>();
		results.put("intake.requests", latency.getTotalCount());
		results.put("intake.ok", ok.get());
		results.put("intake.errors", errors.get());
		results.put("intake.errorCodes", errorCodes.toString());
		results.put("intake.seconds", String.format("%.2f", elapsed));
		results.put("intake.tps", String.format("%.1f", ok.get() / elapsed));
		results.put("intake.p50.ms", ms(latency.getValueAtPercentile(50)));
		results.put("intake.p99.ms", ms(latency.getValueAtPercentile(99)));
		results.put("intake.max.ms", ms(latency.getMaxValue()));
		results.put("dispatch.matched", dispatch.getTotalCount());
		results.put("dispatch.missing", missing);
		results.put("dispatch.beforeAnswer", beforeAnswer);
		results.put("dispatch.p50.ms", ms(dispatch.getValueAtPercentile(50)));
		results.put("dispatch.p99.ms", ms(dispatch.getValueAtPercentile(99)));
		results.put("dispatch.max.ms", ms(dispatch.getMaxValue()));
		results.put("rss.max.mb", String.format("%.0f", maxRss.get() / 1024.0));
		StringBuilder text = new StringBuilder();
		results.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
		Files.writeString(out, text);
		System.out.print(text);
		System.exit(0); // the board streams never end on their own
	}

	private static String report(ThreadLocalRandom random, List<String> categories) {
		double[] g = GRIDS[random.nextInt(GRIDS.length)];
		double lng = g[0] + (0.02 + 0.96 * random.nextDouble()) * (g[2] - g[0]);
		double lat = g[1] + (0.02 + 0.96 * random.nextDouble()) * (g[3] - g[1]);
		String category = categories.get(random.nextInt(categories.size()));
		return String.format("{\"categoryCode\":\"%s\",\"description\":\"基准测试上报 %d：路边问题需要处理\","
				+ "\"location\":{\"lat\":%.6f,\"lng\":%.6f},\"urgency\":\"%s\"}", category, random.nextInt(1_000_000), lat, lng,
				random.nextInt(10) == 0 ? "URGENT" : "NORMAL");
	}

	private static List<String> categories(HttpClient http, String base) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/categories")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		List<String> codes = new ArrayList<>();
		Matcher m = CATEGORY.matcher(answer.body());
		while (m.find()) {
			if (!codes.contains(m.group(1))) {
				codes.add(m.group(1));
			}
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("No categories from /api/v1/categories: HTTP " + answer.statusCode());
		}
		return codes;
	}

	private static void readBoard(HttpClient http, String base, String board, String session, Map<String, Long> eventAt) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + board))
			.header("Accept", "text/event-stream")
			.header("Cookie", session)
			.GET()
			.build();
		try {
			HttpResponse<Stream<String>> answer = http.send(request, HttpResponse.BodyHandlers.ofLines());
			if (answer.statusCode() != 200) {
				System.err.println("board " + board + ": HTTP " + answer.statusCode());
				return;
			}
			try (Stream<String> lines = answer.body()) {
				lines.forEach(line -> {
					if (line.startsWith("id:")) {
						// ids are <case number>@<version> (the same on every node); the first is the registration
						String id = line.substring(3).trim();
						int at = id.indexOf('@');
						eventAt.putIfAbsent(at < 0 ? id : id.substring(0, at), System.nanoTime());
					}
				});
			}
		}
		catch (IOException | InterruptedException | java.io.UncheckedIOException ex) {
			// the stream ends when the run does
		}
	}

	private static long rssKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// the process is gone: nothing to add
		}
		return 0;
	}

	static String ms(long micros) {
		return String.format("%.2f", micros / 1000.0);
	}
}
