package org.steward.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.inbox.InboxItem;
import org.steward.inbox.InboxSource;

/** "Session tomorrow" for the officers named on a slot or session of tomorrow, in their scope. */
@Component
class SessionsTomorrow implements InboxSource {

	private final Plans plans;

	private final StationScope scope;

	private final Clock clock;

	private final ZoneId zone;

	SessionsTomorrow(Plans plans, StationScope scope, Clock clock, StewardProperties steward) {
		this.plans = plans;
		this.scope = scope;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@Override
	public List<InboxItem> itemsFor(CurrentUser user) {
		LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
		List<String> stations = scope.visibleStations(user).stream().map(s -> s.code()).toList();
		return plans.calendar(stations, tomorrow, tomorrow)
			.stream()
			.filter(e -> e.officers().contains(user.username()) && e.status() == Plans.Status.PLANNED)
			.limit(LIMIT)
			.map(e -> new InboxItem("outreach.inbox.tomorrow", e.time() + " " + e.topic(),
					e.sessionId() != null ? "/outreach/sessions/" + e.sessionId()
							: "/outreach/sessions/new?slot=" + e.slotId() + "&date=" + e.date(),
					clock.instant(), e.date().atTime(e.time()).atZone(zone).toInstant()))
			.toList();
	}
}
