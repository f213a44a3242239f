package org.steward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends to its database, for tests that keep a
 * budget (a count, never a timing). Import {@link Config}: the application's {@link DataSource}
 * is wrapped, so every statement of every thread (request, after-commit listeners, the event
 * publication registry) passes here. Each statement is recorded with the thread that ran it and
 * the outermost application class on that thread's stack (the request's controller, the listener),
 * so a failing budget shows where the statements came from.
 * <p>Statements of scheduled sweeps ({@code scheduling-*} threads) are left out: they belong to
 * no request. A batch counts as one statement (one round trip), with its size noted.
 */
public final class StatementCount {

	/** One statement sent. */
	public record Sent(String thread, String origin, String sql) {
	}

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	private static final ThreadLocal<Boolean> PAUSED = ThreadLocal.withInitial(() -> false);

	/** Forgets everything counted so far. */
	public void reset() {
		sent.clear();
	}

	/** The statements counted since the last {@link #reset()}. */
	public List<Sent> sent() {
		return List.copyOf(sent);
	}

	/** Runs {@code work} on this thread without counting its statements (a test's own look at the database). */
	public static <T> T uncounted(Supplier<T> work) {
		boolean before = PAUSED.get();
		PAUSED.set(true);
		try {
			return work.get();
		}
		finally {
			PAUSED.set(before);
		}
	}

	/** Statement counts by origin, largest first, then every statement: what a failing budget prints. */
	public String breakdown() {
		Map<String, Long> byOrigin = sent.stream()
			.collect(Collectors.groupingBy(Sent::origin, TreeMap::new, Collectors.counting()));
		StringBuilder text = new StringBuilder();
		byOrigin.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> text.append(String.format(Locale.ROOT, "%4d  %s%n", e.getValue(), e.getKey())));
		text.append(String.format("%n"));
		Map<String, Long> bySql = new LinkedHashMap<>();
		for (Sent s : sent) {
			bySql.merge(s.origin() + "  " + s.sql(), 1L, Long::sum);
		}
		bySql.forEach((sql, n) -> text.append(String.format(Locale.ROOT, "%4d  %s%n", n, sql)));
		return text.toString();
	}

	void record(String sql) {
		if (PAUSED.get()) {
			return;
		}
		String thread = Thread.currentThread().getName();
		if (thread.startsWith("scheduling-")) {
			return;
		}
		sent.add(new Sent(thread, origin(), sql.replaceAll("\\s+", " ").strip()));
	}

	/** The outermost application class (org.steward, not a test) on the stack: who the work is for. */
	private static String origin() {
		List<String> frames = StackWalker.getInstance()
			.walk(s -> s.map(f -> f.getClassName()).filter(StatementCount::applicationClass).toList());
		if (frames.isEmpty()) {
			return "(framework: event publication registry)";
		}
		String outer = frames.getLast();
		return outer.substring(outer.lastIndexOf('.', outer.lastIndexOf('.') - 1) + 1);
	}

	private static boolean applicationClass(String name) {
		return name.startsWith("org.steward.") && !name.startsWith("org.steward.StatementCount")
				&& !name.startsWith("org.steward.ListenerExecution")
				// the filter in front of every request: the work is the controller's, not the gate's
				&& !name.startsWith("org.steward.cluster.NodeGate")
				&& !name.contains("$$") && !name.endsWith("Tests") && !name.contains("Tests$");
	}

	DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				forward(target, (proxy, method, args, result) -> method.getName().equals("getConnection")
						? connection((Connection) result) : result));
	}

	private Connection connection(Connection target) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				forward(target, (proxy, method, args, result) -> {
					if (result instanceof Statement statement && (method.getName().startsWith("prepare")
							|| method.getName().equals("createStatement"))) {
						String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
						return statement(statement, sql);
					}
					return result;
				}));
	}

	private Statement statement(Statement target, String preparedSql) {
		List<Class<?>> interfaces = new ArrayList<>();
		for (Class<?> type : new Class<?>[] { java.sql.CallableStatement.class, java.sql.PreparedStatement.class,
				Statement.class }) {
			if (type.isInstance(target)) {
				interfaces.add(type);
				break;
			}
		}
		int[] batch = { 0 };
		return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new),
				(proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("addBatch")) {
						batch[0]++;
					}
					else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
						record("[batch of " + batch[0] + "] " + preparedSql);
						batch[0] = 0;
					}
					else if (name.startsWith("execute")) {
						record(args != null && args.length > 0 && args[0] instanceof String text ? text
								: String.valueOf(preparedSql));
					}
					return invoke(target, method, args);
				});
	}

	private interface After {

		Object apply(Object proxy, Method method, Object[] args, Object result) throws Throwable;
	}

	private static InvocationHandler forward(Object target, After after) {
		return (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args.length == 1 && ((Class<?>) args[0]).isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && args.length == 1
					&& ((Class<?>) args[0]).isInstance(target)) {
				return true;
			}
			return after.apply(proxy, method, args, invoke(target, method, args));
		};
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** Wraps the application's data source and offers the count to the test. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static StatementCount statementCount() {
			return new StatementCount();
		}

		@Bean
		static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCount> count) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))
							? count.getObject().wrap(dataSource) : bean;
				}
			};
		}
	}
}
