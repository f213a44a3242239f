package org.steward.cases;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.steward.refusal.Refusal;

/**
 * A check another module plugs into the case lifecycle before a case is marked handled or
 * closed. Cases never learn who guards them (no dependency on the guarding module): every bean
 * of this type is asked, and any blocker it names refuses the action with a 409.
 * <p>
 * Coordination uses it so that a joint case cannot be handled or closed while a department's
 * task is still open (事不完、人不撤).
 */
public interface CaseCloseGuard {

	/**
	 * The work that still blocks {@code action} on the case, each as a message of the guarding module's
	 * bundles; empty when nothing blocks it. The case page shows them beside the action they block and
	 * the API's 409 lists them as {@code openWork}, both in the reader's language.
	 */
	List<Blocker> blockers(CaseNumber caseNumber, CaseAction action);

	/**
	 * A name kept in both languages rather than in a bundle (e.g. a department's), as an argument of a
	 * blocker: worded in the reader's language like any other.
	 */
	static MessageSourceResolvable name(String nameZh, String nameEn) {
		return Refusal.term("cases.blocker.name", nameZh, nameEn);
	}

	/**
	 * One piece of open work that blocks an action: a message code of the guarding module (e.g.
	 * {@code coordination.blocker.task}) and its arguments; an argument worded in the reader's language
	 * too is a {@link Refusal#term} or a {@link #name}.
	 */
	record Blocker(String code, List<@Nullable Object> arguments) implements MessageSourceResolvable {

		public Blocker {
			arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
		}

		public static Blocker of(String code, @Nullable Object... arguments) {
			return new Blocker(code, Arrays.asList(arguments));
		}

		@Override
		public String[] getCodes() {
			return new String[] { code };
		}

		@Override
		public Object[] getArguments() {
			return arguments.toArray();
		}
	}
}
