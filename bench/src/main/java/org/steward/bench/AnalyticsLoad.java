package org.steward.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analytics at the loaded cases (issue 15):
 * {@code AnalyticsLoad baseUrl appPid requests concurrency fromDay10k toDay10k fromDay100k toDay100k results.properties}.
 * <ol>
 * <li>{@code rebuild} — the analytics module's rebuild command ({@code POST /admin/analytics/rebuild} as
 * {@code admin}): the case facts and the daily rollup recounted from the bulk-loaded case tables, timed;</li>
 * <li>{@code dashboard} and {@code league} — {@code GET /analytics} and {@code GET /analytics/league} as
 * opened (this month, the default grouping) by {@code command}, {@code requests} each at {@code concurrency}
 * after 100 unmeasured ones;</li>
 * <li>{@code export10k} and {@code export100k} — {@code GET /analytics/export/cases.csv} of the cases
 * registered in a custom period holding about 10,000 and 100,000 of them, read to the end: time, rows,
 * bytes, and the app's memory meanwhile. Before each export the app's heap is collected
 * ({@code jcmd GC.run}); during it {@code jcmd GC.heap_info} is sampled every 200 ms: the peak of the
 * heap in use, and of the heap in use outside the young generation (what survived a collection:
 * the retained part an export that holds its rows would grow). A constant-memory export shows the
 * same peaks for 10,000 and 100,000 rows.</li>
 * </ol>
 */
public final class AnalyticsLoad {

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private static final Pattern YOUNG = Pattern.compile("(\\d+) young \\((\\d+)K\\)");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long pid = Long.parseLong(args[1]);
		int requests = Integer.parseInt(args[2]);
		int concurrency = Integer.parseInt(args[3]);
		Path out = Path.of(args[8]);
		HttpClient http = Web.client();
		Map<String, Object> results = new LinkedHashMap<>();

		String admin = Web.formLogin(http, base, "admin", "steward-demo");
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/analytics")).header("Cookie", admin).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Web.CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on /analytics (HTTP " + page.statusCode() + ")");
		}
		long started = System.nanoTime();
		HttpResponse<String> rebuilt = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/analytics/rebuild"))
			.header("Cookie", admin)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + Web.enc(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		results.put("rebuild.seconds", String.format("%.1f", (System.nanoTime() - started) / 1e9));
		results.put("rebuild.status", rebuilt.statusCode());
		if (rebuilt.statusCode() != 302) {
			System.err.println("rebuild → HTTP " + rebuilt.statusCode() + " " + rebuilt.body());
		}

		String command = Web.formLogin(http, base, "command", "steward-demo");
		ReadLoad.round(results, "dashboard", http, requests, concurrency,
				random -> HttpRequest.newBuilder(URI.create(base + "/analytics")).header("Cookie", command));
		ReadLoad.round(results, "league", http, requests, concurrency,
				random -> HttpRequest.newBuilder(URI.create(base + "/analytics/league")).header("Cookie", command));

		export(results, "export10k", http, base, command, pid, LocalDate.parse(args[4]), LocalDate.parse(args[5]));
		export(results, "export100k", http, base, command, pid, LocalDate.parse(args[6]), LocalDate.parse(args[7]));

		StringBuilder text = new StringBuilder();
		results.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
		Files.writeString(out, text);
		System.out.print(text);
		System.exit(0);
	}

	private static void export(Map<String, Object> results, String name, HttpClient http, String base, String session,
			long pid, LocalDate from, LocalDate to) throws Exception {
		jcmd(pid, "GC.run");
		long[] before = heap(pid);
		AtomicLong peakUsed = new AtomicLong(before[0]);
		AtomicLong peakOld = new AtomicLong(before[0] - before[1]);
		AtomicLong peakRss = new AtomicLong(rssKb(pid));
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (running.get()) {
				try {
					long[] h = heap(pid);
					peakUsed.accumulateAndGet(h[0], Math::max);
					peakOld.accumulateAndGet(h[0] - h[1], Math::max);
					peakRss.accumulateAndGet(rssKb(pid), Math::max);
					Thread.sleep(200);
				}
				catch (Exception ex) {
					return;
				}
			}
		});
		URI uri = URI.create(base + "/analytics/export/cases.csv?period=CUSTOM&from=" + from + "&to=" + to);
		long started = System.nanoTime();
		HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(uri).header("Cookie", session)
			.timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		long bytes = 0;
		long lines = 0;
		byte[] buffer = new byte[65536];
		try (InputStream in = answer.body()) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				bytes += n;
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		running.set(false);
		sampler.join();
		results.put(name + ".status", answer.statusCode());
		results.put(name + ".rows", Math.max(0, lines - 1));
		results.put(name + ".mb", String.format("%.1f", bytes / 1048576.0));
		results.put(name + ".seconds", String.format("%.1f", seconds));
		results.put(name + ".heapBefore.mb", before[0] / 1024);
		results.put(name + ".heapPeak.mb", peakUsed.get() / 1024);
		results.put(name + ".oldPeak.mb", peakOld.get() / 1024);
		results.put(name + ".rssPeak.mb", peakRss.get() / 1024);
	}

	/** The heap in use and its young part, in KB, from {@code jcmd GC.heap_info} (G1's wording). */
	private static long[] heap(long pid) throws IOException, InterruptedException {
		String text = jcmd(pid, "GC.heap_info");
		Matcher used = USED.matcher(text);
		Matcher young = YOUNG.matcher(text);
		return new long[] { used.find() ? Long.parseLong(used.group(1)) : 0, young.find() ? Long.parseLong(young.group(2)) : 0 };
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
			.redirectErrorStream(true)
			.start();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor();
		return text;
	}

	private static long rssKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// the app is gone: no figure
		}
		return 0;
	}
}
