package org.steward.worktime;

import java.util.Locale;

/**
 * The one wording of a time span left or overdue, as every page writes it: "2天13小时", "3小时5分",
 * "45分" (English "2 d 13 h", "3 h 5 min", "45 min"). The browser's countdown (countdown.js) words it
 * the same way; pages call this through {@code T(org.steward.worktime.TimeLeft).text(minutes, #locale)}.
 */
public final class TimeLeft {

	private TimeLeft() {
	}

	/** The span of {@code minutes} (its absolute value) in the reader's language. */
	public static String text(long minutes, Locale locale) {
		long m = Math.abs(minutes);
		long days = m / 1440;
		long hours = (m % 1440) / 60;
		long rest = m % 60;
		if ("en".equals(locale.getLanguage())) {
			return days > 0 ? days + " d" + (hours > 0 ? " " + hours + " h" : "")
					: hours > 0 ? hours + " h" + (rest > 0 ? " " + rest + " min" : "") : rest + " min";
		}
		return days > 0 ? days + "天" + (hours > 0 ? hours + "小时" : "")
				: hours > 0 ? hours + "小时" + (rest > 0 ? rest + "分" : "") : rest + "分";
	}
}
