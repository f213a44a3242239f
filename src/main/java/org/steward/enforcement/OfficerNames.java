package org.steward.enforcement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.identity.Accounts;
import org.steward.identity.CurrentUser;
import org.steward.organization.Officer;
import org.steward.organization.Organization;

/**
 * Names the people behind the usernames the enforcement tables keep. A party, a court or a
 * reviewer reads 王芳（执法证号 ZF4101050001）, never {@code officer.yuantian1}: officers by their
 * roster name and certificate number from the organisation, other staff by their account's name.
 */
@Component
public class OfficerNames {

	/** Who a username is: the name to print and, for an enforcement officer, the certificate number. */
	record Named(String username, String name, @Nullable String certificate) {
	}

	private final Organization organization;

	private final Accounts accounts;

	private final MessageSource messages;

	OfficerNames(Organization organization, Accounts accounts, MessageSource messages) {
		this.organization = organization;
		this.accounts = accounts;
		this.messages = messages;
	}

	Named named(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return new Named("", "—", null);
		}
		Optional<Officer> officer = organization.officerByUsername(username);
		if (officer.isPresent()) {
			return new Named(username, officer.get().name(), officer.get().code());
		}
		return new Named(username, accounts.byUsername(username).map(CurrentUser::displayName).orElse(username), null);
	}

	/** "王芳（执法证号 ZF…）" in the viewer's language; the name alone for staff without a certificate. */
	public String label(@Nullable String username, Locale locale) {
		return label(named(username), locale);
	}

	String label(Named named, Locale locale) {
		return named.certificate() == null || named.certificate().isBlank() ? named.name()
				: messages.getMessage("enforcement.officer.named", new Object[] { named.name(), named.certificate() },
						locale);
	}

	/** The labels joined with the list separator of the viewer's language. */
	public String labels(List<String> usernames, Locale locale) {
		return String.join(messages.getMessage("enforcement.officer.separator", null, "、", locale),
				usernames.stream().map(u -> label(u, locale)).toList());
	}
}
