package org.steward.worktime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steward.refusal.Refusal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year's arrangement in the format of NateScarlet/holiday-cn:
 * {@code {"year":2026,"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true}]}}, where
 * {@code isOffDay:false} marks a make-up working day. The file for a year may hold December
 * dates of the year before (a New Year holiday that starts early), so those are accepted too.
 * The whole file is checked before anything is kept: one bad entry rejects it all.
 */
record HolidayCnFile(int year, List<CalendarDay> days) {

	static final int MIN_YEAR = 1949;

	static final int MAX_YEAR = 2199;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** holiday-cn names are Chinese only; the usual ones get their English name. */
	private static final Map<String, String> ENGLISH = Map.of("元旦", "New Year's Day", "春节", "Spring Festival", "清明节",
			"Qingming Festival", "劳动节", "Labour Day", "端午节", "Dragon Boat Festival", "中秋节", "Mid-Autumn Festival",
			"国庆节", "National Day", "国庆节、中秋节", "National Day and Mid-Autumn Festival", "中秋节、国庆节",
			"Mid-Autumn Festival and National Day");

	HolidayCnFile {
		days = List.copyOf(days);
	}

	static HolidayCnFile parse(byte[] content) {
		if (content.length == 0) {
			throw CalendarRefusals.emptyFile();
		}
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw CalendarRefusals.notJson();
		}
		if (root == null || !root.isObject() || !root.has("year") || !root.has("days") || !root.get("days").isArray()) {
			throw CalendarRefusals.fileShape();
		}
		JsonNode yearNode = root.get("year");
		if (!yearNode.isIntegralNumber() || !yearNode.canConvertToInt() || yearNode.intValue() < MIN_YEAR
				|| yearNode.intValue() > MAX_YEAR) {
			throw CalendarRefusals.fileYear(MIN_YEAR, MAX_YEAR);
		}
		int year = yearNode.intValue();
		List<CalendarDay> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		int number = 0;
		for (JsonNode entry : root.get("days")) {
			number++;
			days.add(entry(entry, number, year, seen));
		}
		return new HolidayCnFile(year, days);
	}

	private static CalendarDay entry(JsonNode entry, int number, int year, Set<LocalDate> seen) {
		if (!entry.isObject() || !entry.path("name").isString() || !entry.path("date").isString()
				|| !entry.path("isOffDay").isBoolean()) {
			throw CalendarRefusals.entryShape(number);
		}
		String text = entry.get("date").stringValue();
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw CalendarRefusals.entryDate(number, text);
		}
		boolean previousDecember = date.getYear() == year - 1 && date.getMonthValue() == 12;
		if (date.getYear() != year && !previousDecember) {
			throw CalendarRefusals.entryYear(number, text, year);
		}
		if (!seen.add(date)) {
			throw CalendarRefusals.entryDuplicate(number, text);
		}
		String name = entry.get("name").stringValue().strip();
		try {
			return new CalendarDay(date, DayKind.ofOffDay(entry.get("isOffDay").booleanValue()), name,
					ENGLISH.getOrDefault(name, name), CalendarSource.IMPORT);
		}
		catch (Refusal notADay) {
			throw CalendarRefusals.badEntry(notADay, number, text);
		}
	}
}
