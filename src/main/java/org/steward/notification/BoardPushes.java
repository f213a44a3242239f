package org.steward.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The board pushes' own lane: a few threads working off the board events in order, apart from
 * the shared listener executor. bench/run measured why: with every listener in one queue, each
 * registration queued four listeners (board, audit chain, joint tasks, joint board), and when
 * intake outran them (74 reports/s on a machine also running other builds) a board row waited
 * behind the audit appends of every earlier case: 20 s at the median. Officers need the row at
 * once; the audit record may follow later (it is retried from the event publication registry).
 */
@Configuration(proxyBeanMethods = false)
class BoardPushes {

	static final String EXECUTOR = "boardPushExecutor";

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor boardPushExecutor(BoardProperties settings) {
		int threads = settings.pushThreads();
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("board-push-");
		return executor;
	}
}
