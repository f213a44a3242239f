package org.steward.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * A case-action refusal in the reader's language. The cases module words its field refusals in
 * English for the API (its problem {@code detail}); the page knows their shapes and shows each as
 * an i18n message with the same values. A refusal the page does not know yet keeps the module's text.
 */
final class RejectionText {

	private record Shape(Pattern pattern, String key) {
	}

	private static final List<Shape> SHAPES = List.of(
			shape("No case (.+)", "cases.rejected.noCase"),
			shape("Not a case number: (.*)", "cases.rejected.notACaseNumber"),
			shape("A case cannot be merged into itself", "cases.rejected.mergeSelf"),
			shape("The target case (\\S+) is not open \\(([A-Z_]+)\\)", "cases.rejected.targetNotOpen"),
			shape("Case (\\S+) is no longer open \\(([A-Z_]+)\\)", "cases.rejected.targetNotOpen"),
			shape("No station or active officer (.*)", "cases.rejected.noStationOrOfficer"),
			shape("No station (.*)", "cases.rejected.noStation"),
			shape("A case is reassigned to a station or one of its officers", "cases.rejected.reassignTarget"),
			shape("Escalate to SQUAD or COMMAND_CENTRE", "cases.rejected.escalationTarget"),
			shape("An extension asks for at least one working day", "cases.rejected.workingDays"),
			shape("Between 1 and (\\d+) working days", "cases.rejected.workingDaysMax"),
			shape("Arriving needs the officer's location", "cases.rejected.arriveLocation"),
			shape("location needs lat and lng", "cases.rejected.location"),
			shape("Latitude must be between -90 and 90, was .*", "cases.rejected.latitude"),
			shape("Longitude must be between -180 and 180, was .*", "cases.rejected.longitude"),
			shape("(\\w+) is required for this action", "cases.rejected.required"));

	private final MessageSource messages;

	RejectionText(MessageSource messages) {
		this.messages = messages;
	}

	private static Shape shape(String regex, String key) {
		return new Shape(Pattern.compile(regex, Pattern.DOTALL), key);
	}

	String of(String message, String action, Locale locale) {
		for (Shape shape : SHAPES) {
			Matcher m = shape.pattern().matcher(message);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = m.group(i + 1);
				}
				if (shape.key().equals("cases.rejected.targetNotOpen")) {
					args[1] = messages.getMessage("cases.status." + args[1], null, String.valueOf(args[1]), locale);
				}
				if (shape.key().equals("cases.rejected.required")) {
					String field = String.valueOf(args[0]);
					args[0] = messages.getMessage("cases.field." + action + "." + field, null,
							messages.getMessage("cases.field." + field, null, field, locale), locale);
				}
				return messages.getMessage(shape.key(), args, message, locale);
			}
		}
		return message;
	}
}
