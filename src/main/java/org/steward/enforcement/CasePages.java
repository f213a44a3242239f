package org.steward.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.identity.CurrentUser;
import org.steward.organization.Officer;
import org.steward.organization.Organization;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * What every enforcement page on a case needs — the ladder's, the penalty procedure's and the
 * records' pages alike: the case once the viewer may see it, the form's officer choices, and the
 * field messages of a refused form in the reader's language.
 */
@Component
public class CasePages {

	/** An officer the form offers: account name, display name and enforcement certificate number. */
	public record OfficerOption(String username, String name, String certificate) {
	}

	private final CaseQueries cases;

	private final Organization organization;

	private final RefusalTexts texts;

	CasePages(CaseQueries cases, Organization organization, RefusalTexts texts) {
		this.cases = cases;
		this.organization = organization;
		this.texts = texts;
	}

	/** The officers of the case's station with an account, and the signed-in officer. */
	public List<OfficerOption> officerOptions(CaseDetail detail, CurrentUser user) {
		List<OfficerOption> options = new ArrayList<>();
		String station = detail.summary().stationCode();
		if (station != null) {
			for (Officer o : organization.officersOf(station)) {
				if (o.active() && o.username() != null) {
					options.add(new OfficerOption(o.username(), o.name(), o.code()));
				}
			}
		}
		if (options.stream().noneMatch(o -> o.username().equals(user.username()))) {
			options.add(0, new OfficerOption(user.username(), user.displayName(),
					organization.officerByUsername(user.username()).map(Officer::code).orElse("")));
		}
		return options;
	}

	/**
	 * A refused form's field messages by field, in the reader's language; a refusal that names no field
	 * (not found, forbidden, conflict) is not a form's to show and goes on to the error page.
	 */
	public Map<String, String> errors(Refusal refused, Locale locale) {
		if (refused.kind() != Refusal.Kind.INVALID) {
			throw refused;
		}
		return texts.fieldMessages(refused, locale);
	}

	/** A whole-form refusal (a conflict, a role's refusal) as one sentence in the reader's language. */
	public String message(Refusal refused, Locale locale) {
		return texts.message(refused, locale);
	}

	/**
	 * The case, once the viewer is known to see it: 404 for a bad number; the cases module's own refusal
	 * (404 unknown, 403 outside their scope, worded in the reader's language) otherwise.
	 */
	public CaseDetail visibleCase(String number, CurrentUser user) {
		if (!CaseNumber.isValid(number)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return cases.detail(new CaseNumber(number), user);
	}
}
