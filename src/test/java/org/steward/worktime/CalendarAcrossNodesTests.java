package org.steward.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.IntegrationTest;
import org.steward.cluster.ReferenceDataChanged;

/** The calendar snapshot is reloaded when another node says it edited the calendar. */
@IntegrationTest
class CalendarAcrossNodesTests {

	/** A Wednesday no calendar file names. */
	static final LocalDate DAY = LocalDate.of(2031, 3, 12);

	@Autowired
	CalendarWorkingTime workingTime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void removeTheDay() {
		jdbc.update("delete from work_calendar_day where calendar_date = ?", DAY);
		events.publishEvent(new ReferenceDataChanged(ReferenceDataChanged.Kind.CALENDAR, true));
	}

	@Test
	void aHolidayAddedOnAnotherNodeCountsHereOnceThatNodeSaysSo() {
		assertThat(workingTime.isWorkingDay(DAY)).isTrue();
		jdbc.update("insert into work_calendar_day (calendar_date, off_day, name_zh, name_en, source) values (?, true, '测试', 'Test', 'ADMIN')", DAY);
		assertThat(workingTime.isWorkingDay(DAY)).as("the snapshot before the message").isTrue();

		events.publishEvent(new ReferenceDataChanged(ReferenceDataChanged.Kind.CALENDAR, true));

		assertThat(workingTime.isWorkingDay(DAY)).isFalse();
	}

	@Test
	void anEditOnThisNodeIsToldToTheOthers(@Autowired CalendarAdministration administration) {
		java.util.List<ReferenceDataChanged> told = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<ReferenceDataChanged>> ear = e -> told.add(e.getPayload());
		context.addApplicationListener(ear);
		try {
			administration.add(new CalendarDay(DAY, DayKind.HOLIDAY, "测试", "Test", CalendarSource.ADMIN));
		}
		finally {
			context.removeApplicationListener(ear);
		}
		assertThat(told).contains(ReferenceDataChanged.of(ReferenceDataChanged.Kind.CALENDAR));
		assertThat(workingTime.isWorkingDay(DAY)).isFalse();
	}

	@Autowired
	org.springframework.context.ConfigurableApplicationContext context;
}
