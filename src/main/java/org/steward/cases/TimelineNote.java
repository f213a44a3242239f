package org.steward.cases;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a timeline step says, as a code with arguments and the words the actor typed: never a
 * formatted sentence. A page renders {@code cases.note.<code>} from the bundles with the
 * arguments (station codes as names, codes as words) and appends the typed {@code text}.
 *
 * @param code what the note is about, null when the step carries only typed words
 * @param args the code's arguments in the order {@code cases.note.<code>} uses them
 * @param text the words an officer typed (a reason, notes, a result), kept as typed
 */
public record TimelineNote(@Nullable Code code, List<String> args, @Nullable String text) {

	/** The notes a step may carry; the arguments each one takes are listed beside it. */
	public enum Code {
		/** Routed to a station: station code, then the officer's name when one was chosen. */
		ROUTED,
		/** Waiting in a queue above the stations: target ({@link EscalationTarget}), reason code. */
		QUEUED,
		/** Sent up: target ({@link EscalationTarget}); the reason is the text. */
		ESCALATED,
		/** Merged into another case: its number. */
		MERGED_INTO,
		/** Took over a duplicate: its number, the supporters it brought. */
		MERGED_FROM,
		/** An extension was asked for: working days; the reason is the text. */
		EXTENSION_REQUESTED,
		/** A resident rated the outcome: the {@link Rating}. */
		RATED,
		/** The reporter answered the command centre's call-back: the {@link Rating}, the attempt (1, 2, 3). */
		RATED_BY_CALL_BACK,
		/** A further report of the same problem: intake's report id. */
		SUPPORTED,
		/**
		 * A deadline passed: {@link DeadlineMissed.Deadline}, due instant (ISO-8601), minutes late,
		 * {@link DeadlineMissed.Level} alerted.
		 */
		DEADLINE_MISSED,
		/** Transferred out (转办): the outside body's name; the reason is the text. */
		TRANSFERRED
	}

	public TimelineNote {
		args = List.copyOf(args);
		text = text == null || text.isBlank() ? null : text;
	}

	public static TimelineNote of(Code code, @Nullable Object... args) {
		List<String> values = new ArrayList<>();
		for (Object arg : args) {
			if (arg != null) {
				values.add(String.valueOf(arg));
			}
		}
		return new TimelineNote(code, values, null);
	}

	public static TimelineNote text(@Nullable String text) {
		return new TimelineNote(null, List.of(), text);
	}

	public TimelineNote withText(@Nullable String typed) {
		return new TimelineNote(code, args, typed);
	}
}
