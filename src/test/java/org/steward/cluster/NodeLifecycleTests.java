package org.steward.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.steward.PageVisitor;
import org.steward.ServerVisitor;
import org.steward.StewardApplication;

/**
 * A node's life over real HTTP, in an application started by the test: it answers 503 with
 * Retry-After (never "wrong password") until migrations, reference data and the demo seed are in
 * place, and signs a demo account in the moment it reports ready; while its database is away a
 * sign-in is a clean 503 rather than a refusal or a 500, and it recovers without a restart; a
 * graceful shutdown ends the open board streams at once instead of waiting for them.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLifecycleTests {

	static ConfigurableApplicationContext app;

	static String base;

	/** What the probe saw before the node was ready: status codes of a sign-in page request. */
	static final List<Integer> beforeReady = new CopyOnWriteArrayList<>();

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@BeforeAll
	static void startANode() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		base = "http://localhost:" + port;
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(StewardApplication.class, DatabaseSwitch.class, HeldStart.class)
				.profiles("test", "demo")
				// arguments, not default properties: those rank below application.yml's server.port
				.run("--server.port=" + port, "--spring.lifecycle.timeout-per-shutdown-phase=20s"));
		// ask while it starts: every answer before "ready" must be 503, and "ready" means a demo sign-in works
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(100)).until(() -> {
			if (started.isCompletedExceptionally()) {
				started.join();
			}
			// the request first: if the node is still not ready after it, it was answered before ready
			int answer = status(get("/api/v1/cases"));
			if (status(get("/actuator/health/readiness")) == 200) {
				return true;
			}
			if (answer > 0) {
				beforeReady.add(answer);
				if (beforeReady.size() >= 3) {
					// asked often enough while starting: let the start finish
					HeldStart.RELEASE.countDown();
				}
			}
			return false;
		});
		assertThat(ServerVisitor.tokenOf(base, "admin")).as("a sign-in the moment the node is ready").isNotBlank();
		app = started.get(1, TimeUnit.MINUTES);
	}

	/**
	 * Holds the start after the port is open and before the node is ready (runners run before
	 * readiness), so the test asks during that window however fast the start is: with migrations
	 * already done in the shared test database the window was too short to hit reliably.
	 */
	static class HeldStart {

		static final java.util.concurrent.CountDownLatch RELEASE = new java.util.concurrent.CountDownLatch(1);

		@Bean
		org.springframework.boot.ApplicationRunner holdUntilAsked() {
			return args -> RELEASE.await(2, TimeUnit.MINUTES);
		}
	}

	@AfterAll
	static void stop() {
		if (app != null && app.isActive()) {
			app.close();
		}
	}

	@Test
	@Order(1)
	void untilItIsReadyTheNodeAnswers503WithRetryAfter() throws Exception {
		assertThat(beforeReady).as("answers while starting").isNotEmpty().allMatch(s -> s == 503);

		AvailabilityChangeEvent.publish(app, ReadinessState.REFUSING_TRAFFIC);
		try {
			HttpResponse<String> page = http.send(get("/login").header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(page.body()).contains("This node is starting");
			HttpResponse<String> api = token("admin");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(status(get("/actuator/health/readiness"))).isEqualTo(503);
			assertThat(status(get("/actuator/health/liveness"))).isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(app, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(status(get("/login"))).isEqualTo(200);
	}

	@Test
	@Order(2)
	void whileTheDatabaseIsAwayASignInIs503AndItWorksAgainAfterwards() throws Exception {
		DatabaseSwitch.down = true;
		try {
			HttpResponse<String> refused = token("admin");
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			assertThat(refused.body()).contains("\"status\":503");
			assertThat(status(get("/actuator/health/readiness"))).isEqualTo(503);
		}
		finally {
			DatabaseSwitch.down = false;
		}
		assertThat(token("admin").statusCode()).isEqualTo(200);
		// the failed attempts were not counted as wrong passwords: the account signs in on the form too
		assertThat(ServerVisitor.signIn(base, "admin")).isNotNull();
	}

	@Test
	@Order(3)
	void aGracefulShutdownEndsTheOpenBoardStreamsAtOnce() throws Exception {
		HttpClient command = ServerVisitor.signIn(base, "command");
		HttpResponse<Stream<String>> stream = command.send(get("/boards/command/stream").header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		CompletableFuture<Long> ended = CompletableFuture.supplyAsync(() -> stream.body().count());

		long start = System.nanoTime();
		app.close();
		Duration closing = Duration.ofNanos(System.nanoTime() - start);

		ended.get(10, TimeUnit.SECONDS);
		// the grace period is 20 s: a stream still open would have held the shutdown that long
		assertThat(closing).isLessThan(Duration.ofSeconds(15));
		assertThat(status(get("/actuator/health/liveness"))).as("nobody answers once stopped").isZero();
	}

	static HttpResponse<String> token(String username) throws Exception {
		return http.send(get("/api/v1/auth/token").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"" + username + "\",\"password\":\"" + PageVisitor.DEMO_PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
	}

	/** The status of the answer, 0 when nobody answers (not listening yet, or stopped). */
	static int status(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** Wraps the application's DataSource so the test can make the database unreachable. */
	@Configuration(proxyBeanMethods = false)
	static class DatabaseSwitch {

		static volatile boolean down;

		@Bean
		static BeanPostProcessor switchableDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource target && name.equals("dataSource")) {
						return new DelegatingDataSource(target) {
							@Override
							public Connection getConnection() throws SQLException {
								if (down) {
									// what Hikari says when the database is gone and the pool is empty
									throw new SQLTransientConnectionException("Connection is not available (test: database away)", "08001");
								}
								return super.getConnection();
							}
						};
					}
					return bean;
				}
			};
		}
	}
}
