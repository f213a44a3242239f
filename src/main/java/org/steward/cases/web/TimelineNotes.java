package org.steward.cases.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The words of a timeline step's notes in the reader's language. The cases module records notes
 * in a fixed, language-neutral shape ("COMMAND_CENTRE: NOT_STATION_CATEGORY", "+5 working days: …",
 * "→ yuantian / 王芳", a rating's name); the page turns the codes into words and station codes into
 * names (public only because the page template calls it). Free text an officer typed is kept as typed; a shape the page does not know is shown unchanged.
 */
public final class TimelineNotes {

	private static final Pattern TO_STATION = Pattern.compile("^→ ([A-Za-z0-9_.-]+)(.*)$", Pattern.DOTALL);

	private static final Pattern ESCALATION = Pattern.compile("^(SQUAD|COMMAND_CENTRE): (.*)$", Pattern.DOTALL);

	private static final Pattern EXTENSION = Pattern.compile("^\\+(\\d+) working days: (.*)$", Pattern.DOTALL);

	private static final Pattern SUPPORTER = Pattern.compile("^report (\\d+)$");

	private static final Pattern MISSED = Pattern
		.compile("^(ACKNOWLEDGE|HANDLE) deadline (\\S+) missed by (\\d+) min; ([A-Z_]+) alerted$");

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

	/** The name of a step kind, or the kind itself when no message names it (never a blank cell). */
	public String step(String action) {
		return messages.getMessage("cases.step." + action, null, action, locale);
	}

	/** {@code SQUAD} / {@code COMMAND_CENTRE} as words. */
	public String target(@Nullable String target) {
		return target == null ? "" : word("cases.target.", target);
	}

	/** A routing reason code as words; a reason an officer typed stays as typed. */
	public String reason(@Nullable String reason) {
		return reason == null ? "" : word("cases.escalationReason.", reason);
	}

	/** "上报至 指挥中心：不属于执法服务站的问题类别" — the case header's escalation line. */
	public String escalation(@Nullable String target, @Nullable String reason) {
		return messages.getMessage("cases.notes.escalation", new Object[] { target(target), reason(reason) }, locale);
	}

	public String notes(String action, @Nullable String notes) {
		if (notes == null || notes.isBlank()) {
			return "";
		}
		Matcher m;
		switch (action) {
			case "RATED":
				return word("cases.rating.", notes);
			case "SUPPORTED":
				m = SUPPORTER.matcher(notes);
				return m.matches() ? messages.getMessage("cases.notes.supported", new Object[] { m.group(1) }, locale)
						: notes;
			case "EXTEND":
				m = EXTENSION.matcher(notes);
				return m.matches() ? messages.getMessage("cases.notes.extend",
						new Object[] { Integer.parseInt(m.group(1)), m.group(2) }, locale) : notes;
			case "DEADLINE_MISSED":
				return missed(notes);
			default:
				break;
		}
		m = ESCALATION.matcher(notes);
		if (m.matches() && ("ESCALATE".equals(action) || "REGISTERED".equals(action))) {
			return escalation(m.group(1), m.group(2));
		}
		m = TO_STATION.matcher(notes);
		if (m.matches() && ("REGISTERED".equals(action) || "REASSIGN".equals(action))) {
			return "→ " + stationNames.getOrDefault(m.group(1), m.group(1)) + m.group(2);
		}
		return notes;
	}

	private String missed(String notes) {
		Matcher m = MISSED.matcher(notes);
		if (!m.matches()) {
			return notes;
		}
		String due;
		try {
			due = DateTimeFormatter.ofPattern("MM-dd HH:mm").format(Instant.parse(m.group(2)).atZone(zone));
		}
		catch (DateTimeParseException ex) {
			due = m.group(2);
		}
		return messages.getMessage("cases.notes.deadlineMissed", new Object[] { word("cases.deadline.", m.group(1)),
				due, Integer.parseInt(m.group(3)), word("cases.alerted.", m.group(4)) }, locale);
	}

	private String word(String prefix, String code) {
		return messages.getMessage(prefix + code, null, code, locale);
	}
}
