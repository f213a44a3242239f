package org.steward.refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Words refusals in the reader's language: the page translator (a message for a page, one per field
 * for inline errors) and the texts the API translator puts into problem details. A code without a text
 * shows as the code itself, which the bundle test catches; no English default hides a missing
 * translation.
 */
@Component
public class RefusalTexts {

	/** The languages the bundles are written in; zh-CN first, the default. */
	static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	RefusalTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The refusal as one sentence: its own message, or for bad fields each field's message. */
	public String message(Refusal refusal, Locale locale) {
		if (refusal.kind() == Refusal.Kind.INVALID) {
			return String.join(" ", fieldMessages(refusal, locale).values());
		}
		return text(new DefaultMessageSourceResolvable(new String[] { refusal.code() },
				refusal.arguments().toArray()), locale);
	}

	/** Each bad field's message by field, in the order the refusal names them (first message per field). */
	public Map<String, String> fieldMessages(Refusal refusal, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (Refusal.FieldError error : refusal.fields()) {
			byField.putIfAbsent(error.field(), text(error, locale));
		}
		return byField;
	}

	/**
	 * Puts the refusal's fields into a form's binding result, so {@code th:errors} shows each inline;
	 * a field the form object does not have, and a refusal that names no field, become global errors.
	 */
	public void bind(Refusal refusal, BindingResult result) {
		if (refusal.fields().isEmpty()) {
			result.reject(refusal.code(), refusal.arguments().toArray(), null);
			return;
		}
		for (Refusal.FieldError error : refusal.fields()) {
			if (result.getTarget() != null && isField(result, error.field())) {
				result.rejectValue(error.field(), error.code(), error.getArguments(), null);
			}
			else {
				result.reject(error.code(), error.getArguments(), null);
			}
		}
	}

	/** Any message in the reader's language; the code when the bundles have no text for it. */
	public String text(MessageSourceResolvable message, Locale locale) {
		try {
			return messages.getMessage(message, locale);
		}
		catch (NoSuchMessageException missing) {
			String[] codes = message.getCodes();
			return codes == null || codes.length == 0 ? "?" : codes[codes.length - 1];
		}
	}

	/**
	 * The language an API caller reads: its {@code Accept-Language} among the bundles' languages, else the
	 * language the site remembers for it (cookie or {@code ?lang=}), zh-CN by default.
	 */
	public static Locale localeOf(HttpServletRequest request) {
		String accept = request.getHeader("Accept-Language");
		if (accept != null && !accept.isBlank()) {
			try {
				Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accept), LANGUAGES);
				if (chosen != null) {
					return chosen;
				}
			}
			catch (IllegalArgumentException unreadable) {
				// a malformed header is no reason to refuse the answer; fall through to the default
			}
		}
		return RequestContextUtils.getLocale(request);
	}

	private static boolean isField(BindingResult result, String field) {
		try {
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException notAProperty) {
			return false;
		}
	}

	static @Nullable String firstCode(MessageSourceResolvable message) {
		String[] codes = message.getCodes();
		return codes == null || codes.length == 0 ? null : codes[0];
	}
}
