package org.steward.cases.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.steward.cases.CaseStep;
import org.steward.cases.TimelineEntry;
import org.steward.cases.TimelineNote;

/**
 * A timeline step in the reader's language: the step's name, who took it (by display name, or
 * "resident" / "system" when no officer did) and its note, rendered from the note's code and
 * arguments through {@code cases.note.<code>} with station codes as names and codes as words.
 * Nothing is parsed: the words an officer typed are appended as typed. Public only because the
 * page template calls it.
 */
public final class TimelineNotes {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> stationNames;

	private final ZoneId zone;

	TimelineNotes(MessageSource messages, Locale locale, Map<String, String> stationNames, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.stationNames = stationNames;
		this.zone = zone;
	}

	/** The name of a step kind. */
	public String step(CaseStep action) {
		return messages.getMessage("cases.step." + action.name(), null, action.name(), locale);
	}

	/** Who took the step: the display name, else the resident (a rating, a further report, a public report) or the system. */
	public String actor(TimelineEntry entry) {
		if (entry.actorName() != null) {
			return entry.actorName();
		}
		return switch (entry.action()) {
			case DEADLINE_MISSED -> text("cases.actor.system");
			case REGISTERED, RATED, SUPPORTED -> text("cases.actor.resident");
			default -> "—";
		};
	}

	/** {@code SQUAD} / {@code COMMAND_CENTRE} as words. */
	public String target(@Nullable String target) {
		return target == null ? "" : word("cases.target.", target);
	}

	/** A routing reason code as words; a reason an officer typed stays as typed. */
	public String reason(@Nullable String reason) {
		return reason == null ? "" : word("cases.escalationReason.", reason);
	}

	/** "指挥中心：不属于执法服务站的问题类别" — the case header's escalation line. */
	public String escalation(@Nullable String target, @Nullable String reason) {
		return messages.getMessage("cases.notes.escalation", new Object[] { target(target), reason(reason) }, locale);
	}

	/** The note in words: the code's sentence, then the typed words. */
	public String note(TimelineNote note) {
		String coded = note.code() == null ? null : coded(note.code(), note.args());
		if (coded == null) {
			return note.text() == null ? "" : note.text();
		}
		return note.text() == null ? coded
				: messages.getMessage("cases.note.withText", new Object[] { coded, note.text() }, locale);
	}

	private String coded(TimelineNote.Code code, List<String> args) {
		String key = "cases.note." + code.name();
		Object[] values = switch (code) {
			case ROUTED -> {
				String station = stationNames.getOrDefault(arg(args, 0), arg(args, 0));
				if (args.size() > 1) {
					key = key + ".officer";
					yield new Object[] { station, arg(args, 1) };
				}
				yield new Object[] { station };
			}
			case QUEUED -> new Object[] { target(arg(args, 0)), reason(arg(args, 1)) };
			case ESCALATED -> new Object[] { target(arg(args, 0)) };
			case MERGED_INTO, SUPPORTED, TRANSFERRED -> new Object[] { arg(args, 0) };
			case MERGED_FROM -> new Object[] { arg(args, 0), arg(args, 1) };
			case EXTENSION_REQUESTED -> new Object[] { number(arg(args, 0)) };
			case RATED -> new Object[] { word("cases.rating.", arg(args, 0)) };
			case RATED_BY_CALL_BACK -> new Object[] { word("cases.rating.", arg(args, 0)), number(arg(args, 1)) };
			case DEADLINE_MISSED -> new Object[] { word("cases.deadline.", arg(args, 0)), due(arg(args, 1)),
					number(arg(args, 2)), word("cases.alerted.", arg(args, 3)) };
		};
		return messages.getMessage(key, values, locale);
	}

	private String due(String instant) {
		try {
			return DUE.format(Instant.parse(instant).atZone(zone));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return instant;
		}
	}

	private static Object number(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private static String arg(List<String> args, int i) {
		return i < args.size() ? args.get(i) : "";
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale);
	}

	private String word(String prefix, String code) {
		return messages.getMessage(prefix + code, null, code, locale);
	}
}
