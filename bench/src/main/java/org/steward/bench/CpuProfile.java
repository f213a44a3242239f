package org.steward.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's CPU went during the intake load, from the JFR recording of that window
 * (its execution samples): by kind of thread, by the Steward module whose code is on the stack, and
 * by the library that was running. The hot-methods view lists single methods, none above 2 %;
 * this says what bounds a registration as a whole — the closing note's "what bounds it".
 * <p>
 * Usage: {@code CpuProfile <intake.jfr> <out.txt> <summary.properties>}
 */
public final class CpuProfile {

	/** Package prefixes of the libraries, the first match wins; JDK frames are charged to their caller. */
	private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

	static {
		LIBRARIES.put("org.postgresql.", "PostgreSQL JDBC driver");
		LIBRARIES.put("com.zaxxer.hikari.", "connection pool");
		LIBRARIES.put("org.springframework.security.", "Spring Security");
		LIBRARIES.put("org.springframework.modulith.", "Spring Modulith (event registry)");
		LIBRARIES.put("org.springframework.jdbc.", "Spring JDBC");
		LIBRARIES.put("org.springframework.transaction.", "Spring transactions");
		LIBRARIES.put("org.springframework.web.", "Spring MVC");
		LIBRARIES.put("org.springframework.expression.", "SpEL (templates)");
		LIBRARIES.put("org.springframework.", "Spring (other)");
		LIBRARIES.put("org.thymeleaf.", "Thymeleaf");
		LIBRARIES.put("tools.jackson.", "Jackson");
		LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
		LIBRARIES.put("org.apache.catalina.", "Tomcat");
		LIBRARIES.put("org.apache.coyote.", "Tomcat");
		LIBRARIES.put("org.apache.tomcat.", "Tomcat");
		LIBRARIES.put("org.bouncycastle.", "BouncyCastle (SM4/SM3 sealing)");
		LIBRARIES.put("org.hibernate.validator.", "Bean Validation");
		LIBRARIES.put("ch.qos.logback.", "logging");
		LIBRARIES.put("org.slf4j.", "logging");
		LIBRARIES.put("org.locationtech.jts.", "JTS");
		LIBRARIES.put("org.steward.", "Steward's own code");
	}

	private CpuProfile() {
	}

	public static void main(String[] args) throws IOException {
		Path recording = Path.of(args[0]);
		Map<String, Integer> threads = new TreeMap<>();
		Map<String, Integer> modules = new TreeMap<>();
		Map<String, Integer> libraries = new TreeMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
				continue;
			}
			samples++;
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			threads.merge(threadKind(event.getThread("sampledThread"), frames), 1, Integer::sum);
			modules.merge(module(frames), 1, Integer::sum);
			libraries.merge(library(frames), 1, Integer::sum);
		}
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
			out.printf("CPU samples of the intake window: %d (JFR execution samples, Java code only; the database's CPU is not in them)%n", samples);
			table(out, "by thread", threads, samples);
			table(out, "by the innermost Steward module on the stack (whose work it was)", modules, samples);
			table(out, "by the library running (JDK frames charged to their caller)", libraries, samples);
		}
		try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
			summary.println("cpu.samples=" + samples);
			summary.println("cpu.threads=" + top(threads, samples, 4));
			summary.println("cpu.modules=" + top(modules, samples, 6));
			summary.println("cpu.libraries=" + top(libraries, samples, 6));
		}
	}

	/** Request threads, after-commit listeners, board pushes and lanes, and the rest. */
	private static String threadKind(RecordedThread thread, List<RecordedFrame> frames) {
		String name = thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
		if (name.startsWith("tomcat-handler") || name.startsWith("http-nio")) {
			return "requests";
		}
		if (name.startsWith("listener-")) {
			return "after-commit listeners";
		}
		if (name.startsWith("board-push") || onStack(frames, "org.steward.notification.BoardEmitters")) {
			return "board pushes and lanes";
		}
		if (name.startsWith("scheduling-")) {
			return "scheduled jobs";
		}
		return name.isEmpty() ? "other virtual threads" : "other (" + name.replaceAll("\\d+", "N") + ")";
	}

	private static String module(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("org.steward.")) {
				String rest = type.substring("org.steward.".length());
				int dot = rest.indexOf('.');
				return dot < 0 ? "(application)" : rest.substring(0, dot);
			}
		}
		return "(no Steward code on the stack)";
	}

	private static String library(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
				if (type.startsWith(library.getKey())) {
					return library.getValue();
				}
			}
			if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
				return "other: " + type.substring(0, Math.max(0, type.lastIndexOf('.')));
			}
		}
		return "JDK only";
	}

	private static boolean onStack(List<RecordedFrame> frames, String typePrefix) {
		return frames.stream().anyMatch(f -> f.getMethod().getType().getName().startsWith(typePrefix));
	}

	private static void table(PrintWriter out, String title, Map<String, Integer> counts, int samples) {
		out.printf("%n%s%n", title);
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(e -> out.printf("  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey()));
	}

	/** The largest shares, "name 41 %, name 20 %, …", for the results table. */
	private static String top(Map<String, Integer> counts, int samples, int n) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(n)
			.map(e -> String.format("%s %.0f %%", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)))
			.collect(Collectors.joining(", "));
	}
}
