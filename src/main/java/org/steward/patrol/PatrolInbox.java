package org.steward.patrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.StewardProperties;
import org.steward.identity.CurrentUser;
import org.steward.identity.DataScope;
import org.steward.identity.Role;
import org.steward.inbox.InboxItem;
import org.steward.inbox.InboxSource;

/**
 * The patrol module's share of the inbox: for a station head, the station's grids falling behind their
 * patrol frequency; for the station's officers and head, early signs whose follow-up visit is due; for
 * station heads, squad leaders and the command centre, open warnings in their scope.
 */
@Component
class PatrolInbox implements InboxSource {

	private final GridCoverage coverage;

	private final EarlySigns signs;

	private final Warnings warnings;

	private final Clock clock;

	private final ZoneId zone;

	PatrolInbox(GridCoverage coverage, EarlySigns signs, Warnings warnings, Clock clock, StewardProperties steward) {
		this.coverage = coverage;
		this.signs = signs;
		this.warnings = warnings;
		this.clock = clock;
		this.zone = steward.zone();
	}

	@Override
	public List<InboxItem> itemsFor(CurrentUser user) {
		List<InboxItem> items = new ArrayList<>();
		Instant now = clock.instant();
		if (user.scope() instanceof DataScope.Station(String station)) {
			if (user.has(Role.STATION_HEAD)) {
				Instant startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
				List<GridCoverage.Behind> behind = coverage.behind(station, now, startOfDay);
				for (int i = 0; i < behind.size() && i < LIMIT; i++) {
					GridCoverage.Behind b = behind.get(i);
					items.add(new InboxItem("patrol.inbox.gridBehind", b.nameZh() + " " + b.gridCode(),
							"/patrols/coverage?station=" + station, b.dueSince(), null,
							i == LIMIT - 1 && behind.size() > LIMIT));
				}
			}
			if (user.has(Role.STATION_HEAD) || user.has(Role.OFFICER)) {
				List<EarlySigns.Sign> due = signs.due(station, now);
				for (int i = 0; i < due.size() && i < LIMIT; i++) {
					EarlySigns.Sign s = due.get(i);
					items.add(new InboxItem("patrol.inbox.signVisitDue",
							"#" + s.id() + " " + (s.address() == null ? s.description() : s.address()),
							"/patrols/signs/" + s.id(), s.recordedAt(), s.nextVisitAt(),
							i == LIMIT - 1 && due.size() > LIMIT));
				}
			}
		}
		if (user.has(Role.STATION_HEAD) || user.has(Role.SQUAD_LEADER) || user.has(Role.COMMAND_CENTRE)) {
			List<Warnings.Warning> open = warnings.visibleTo(user, Warnings.Status.OPEN);
			for (int i = 0; i < open.size() && i < LIMIT; i++) {
				Warnings.Warning w = open.get(i);
				items.add(new InboxItem("patrol.inbox.warning." + w.kind().name(),
						"#" + w.id() + " " + w.categoryCode() + (w.gridCode() == null ? "" : " " + w.gridCode()),
						"/patrols/warnings/" + w.id(), w.raisedAt(), null, i == LIMIT - 1 && open.size() > LIMIT));
			}
		}
		return items;
	}
}
