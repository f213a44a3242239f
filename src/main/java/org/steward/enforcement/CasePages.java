package org.steward.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.identity.CurrentUser;
import org.steward.organization.Officer;
import org.steward.organization.Organization;

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

	private final MessageSource messages;

	CasePages(CaseQueries cases, Organization organization, MessageSource messages) {
		this.cases = cases;
		this.organization = organization;
		this.messages = messages;
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

	/** Each field's messages in the reader's language, joined when a field has several. */
	public Map<String, String> errors(InvalidInput invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInput.Problem p : invalid.problems()) {
			errors.merge(p.field(), messages.getMessage(p, locale), (a, b) -> a + " " + b);
		}
		return errors;
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
