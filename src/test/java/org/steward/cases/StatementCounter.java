package org.steward.cases;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares while {@link #count} runs, by wrapping the
 * application's data source: a budget test asserts the number, not a timing.
 */
final class StatementCounter {

	private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

	private static final ThreadLocal<java.util.List<String>> SEEN = new ThreadLocal<>();

	/** The statements the last {@link #count} on this thread prepared, for a failing assertion to show. */
	static java.util.List<String> last() {
		java.util.List<String> seen = SEEN.get();
		return seen == null ? java.util.List.of() : seen;
	}

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private StatementCounter() {
	}

	/** The number of statements {@code work} prepared on this thread. */
	static int count(Callable<?> work) throws Exception {
		int[] counter = new int[1];
		COUNTING.set(counter);
		SEEN.set(new java.util.ArrayList<>());
		try {
			work.call();
		}
		finally {
			COUNTING.remove();
		}
		return counter[0];
	}

	/** Import into a test to wrap its data source. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Wrapping {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource ds ? wrap(ds) : bean;
				}
			};
		}
	}

	private static DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(target, method, args);
					return result instanceof Connection c ? wrap(c) : result;
				});
	}

	private static Connection wrap(Connection target) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (STATEMENTS.contains(method.getName())) {
				int[] counter = COUNTING.get();
				if (counter != null) {
					counter[0]++;
					SEEN.get().add(args == null || args.length == 0 ? "(statement)" : String.valueOf(args[0]));
				}
			}
			return invoke(target, method, args);
		};
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}
}
