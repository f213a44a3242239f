package org.steward.coordination;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.StewardProperties;

/**
 * The double assessment (双向考核): the departments that were called are measured on how fast
 * they reported for duty and finished, and on their declines; the stations and communities that
 * whistled are measured on how their whistles were answered and how many declines the lead
 * approved (a whistle at the wrong department). Tasks are counted by the day they were opened.
 */
@Component
class Assessment {

	private final TaskStore store;

	private final ZoneId zone;

	Assessment(TaskStore store, StewardProperties steward) {
		this.store = store;
		this.zone = steward.zone();
	}

	/** Aggregates of one department, or of one whistler. */
	record Figures(String code, int tasks, int acknowledged, int acknowledgedOnTime,
			@Nullable Double averageMinutesToAcknowledge, int completed, int completedOnTime,
			@Nullable Double averageMinutesAcknowledgeToComplete, int declinesApproved, int declinesRefused,
			int deadlinesMissed) {
	}

	record Report(LocalDate from, LocalDate to, List<Figures> departments, List<Figures> whistlers) {
	}

	@Transactional(readOnly = true)
	Report report(LocalDate from, LocalDate to) {
		var start = from.atStartOfDay(zone).toInstant();
		var end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Task> tasks = store.createdBetween(start, end);
		Map<String, Long> misses = store.missedDepartments(start, end)
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Map<String, List<Task>> byDepartment = tasks.stream()
			.collect(Collectors.groupingBy(t -> t.departmentCode, TreeMap::new, Collectors.toList()));
		Map<String, List<Task>> byWhistler = tasks.stream()
			.collect(Collectors.groupingBy(t -> t.whistlerKind + ":" + (t.whistlerCode == null ? "" : t.whistlerCode),
					TreeMap::new, Collectors.toList()));
		return new Report(from, to,
				byDepartment.entrySet().stream()
					.map(e -> figures(e.getKey(), e.getValue(), misses.getOrDefault(e.getKey(), 0L).intValue()))
					.toList(),
				byWhistler.entrySet().stream()
					.map(e -> figures(e.getKey(), e.getValue(), (int) e.getValue().stream()
						.filter(t -> t.escalationLevel > 0 || t.acknowledgedAt != null && t.acknowledgedAt.isAfter(t.acknowledgeBy))
						.count()))
					.toList());
	}

	static Figures figures(String code, List<Task> tasks, int missed) {
		List<Task> acknowledged = tasks.stream().filter(t -> t.acknowledgedAt != null).toList();
		List<Task> completed = tasks.stream().filter(t -> t.completedAt != null).toList();
		return new Figures(code, tasks.size(), acknowledged.size(),
				(int) acknowledged.stream().filter(t -> !t.acknowledgedAt.isAfter(t.acknowledgeBy)).count(),
				average(acknowledged.stream().map(t -> Duration.between(t.createdAt, t.acknowledgedAt)).toList()),
				completed.size(), (int) completed.stream().filter(t -> !t.completedAt.isAfter(t.handleBy)).count(),
				average(completed.stream()
					.filter(t -> t.acknowledgedAt != null)
					.map(t -> Duration.between(t.acknowledgedAt, t.completedAt))
					.toList()),
				(int) tasks.stream().filter(t -> t.state == TaskState.DECLINED).count(),
				tasks.stream().mapToInt(t -> t.declinesRefused).sum(), missed);
	}

	private static @Nullable Double average(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		return durations.stream().mapToLong(Duration::toSeconds).average().orElse(0) / 60.0;
	}
}
