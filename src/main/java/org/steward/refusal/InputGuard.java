package org.steward.refusal;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The checks every text sent to Steward passes before any module reads it, so that no text reaches the
 * database that it would refuse with a 500: no control character other than tab and line breaks (a NUL
 * is a PostgreSQL error; C0, DEL and C1 are refused), no single text longer than {@link #MAX_TEXT}
 * characters (the longest column; each module still checks its own fields' limits), and no date or time
 * outside the years {@value #FIRST_YEAR}–{@value #LAST_YEAR} (a deadline in year +999999 is a typo or an
 * attack, and some databases cannot store it). Request parameters (query, form and
 * multipart fields) are checked before the handler runs, JSON bodies once they are read; either is
 * refused as a 400 naming the field ({@code contacts[0].name}).
 */
@ControllerAdvice
public class InputGuard extends RequestBodyAdviceAdapter implements HandlerInterceptor {

	/** The longest text any column holds. */
	public static final int MAX_TEXT = 4000;

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	private static final Object[] YEARS = { String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR) };

	/** An ISO date in a parameter whose year has more than four digits or a sign: outside any sane range. */
	private static final java.util.regex.Pattern WILD_YEAR = java.util.regex.Pattern.compile("^\\s*[+-]?\\d{5,}-\\d{2}-\\d{2}.*|^\\s*[+-]\\d{4}-\\d{2}-\\d{2}.*");

	private static final int MAX_DEPTH = 8;

	/** The request attribute holding each text field's length as sent, for naming a field a column refused. */
	static final String LENGTHS = InputGuard.class.getName() + ".lengths";

	/** The problems of one text, or none: a control character, or too long. */
	public static Refusal.@Nullable FieldError check(String field, @Nullable String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return Refusal.FieldError.of(field, "refusal.refused.controlCharacter", String.format("U+%04X", (int) c));
			}
		}
		if (text.length() > MAX_TEXT && text.codePointCount(0, text.length()) > MAX_TEXT) {
			return Refusal.FieldError.of(field, "refusal.refused.tooLong", MAX_TEXT);
		}
		return null;
	}

	/** A date or time outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}, or null. */
	static Refusal.@Nullable FieldError checkDate(String field, java.time.temporal.TemporalAccessor value) {
		int year;
		if (value instanceof java.time.Instant instant) {
			if (instant.isBefore(java.time.Instant.parse("1900-01-01T00:00:00Z"))
					|| instant.isAfter(java.time.Instant.parse("2200-12-31T23:59:59Z"))) {
				return Refusal.FieldError.of(field, "refusal.refused.dateRange", YEARS);
			}
			return null;
		}
		if (!value.isSupported(java.time.temporal.ChronoField.YEAR)) {
			return null;
		}
		year = value.get(java.time.temporal.ChronoField.YEAR);
		return year < FIRST_YEAR || year > LAST_YEAR
				? Refusal.FieldError.of(field, "refusal.refused.dateRange", YEARS) : null;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		Map<String, Integer> lengths = lengths(request);
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				lengths.merge(parameter.getKey(), value.codePointCount(0, value.length()), Math::max);
				Refusal.FieldError problem = check(parameter.getKey(), value);
				if (problem == null && value.length() < 64 && WILD_YEAR.matcher(value).matches()) {
					problem = Refusal.FieldError.of(parameter.getKey(), "refusal.refused.dateRange", YEARS);
				}
				if (problem != null) {
					problems.add(problem);
					break;
				}
			}
		}
		Refusal.throwIfAny(problems);
		return true;
	}

	@Override
	public boolean supports(MethodParameter methodParameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<Refusal.FieldError> problems = new ArrayList<>();
		org.springframework.web.context.request.RequestAttributes attributes = org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes();
		Map<String, Integer> lengths = attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
				? lengths(servlet.getRequest()) : new java.util.HashMap<>();
		walk(body, "", problems, 0, lengths);
		Refusal.throwIfAny(problems);
		return body;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Integer> lengths(HttpServletRequest request) {
		Object lengths = request.getAttribute(LENGTHS);
		if (lengths == null) {
			lengths = new java.util.LinkedHashMap<String, Integer>();
			request.setAttribute(LENGTHS, lengths);
		}
		return (Map<String, Integer>) lengths;
	}

	private static void walk(@Nullable Object value, String path, List<Refusal.FieldError> problems, int depth,
			Map<String, Integer> lengths) {
		if (value == null || depth > MAX_DEPTH) {
			return;
		}
		if (value instanceof java.time.temporal.TemporalAccessor temporal) {
			Refusal.FieldError problem = checkDate(path.isEmpty() ? "body" : path, temporal);
			if (problem != null) {
				problems.add(problem);
			}
		}
		else if (value instanceof CharSequence text) {
			String field = path.isEmpty() ? "body" : path;
			lengths.merge(field, Character.codePointCount(text, 0, text.length()), Math::max);
			Refusal.FieldError problem = check(field, text.toString());
			if (problem != null) {
				problems.add(problem);
			}
		}
		else if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, path + "[" + i++ + "]", problems, depth + 1, lengths);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				String key = String.valueOf(e.getKey());
				String field = path.isEmpty() ? key : path + "." + key;
				Refusal.FieldError keyProblem = check(field, key);
				if (keyProblem != null) {
					problems.add(keyProblem);
				}
				walk(e.getValue(), field, problems, depth + 1, lengths);
			}
		}
		else if (value instanceof Object[] array) {
			for (int i = 0; i < array.length; i++) {
				walk(array[i], path + "[" + i + "]", problems, depth + 1, lengths);
			}
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					component.getAccessor().setAccessible(true);
					walk(component.getAccessor().invoke(value), path.isEmpty() ? component.getName()
							: path + "." + component.getName(), problems, depth + 1, lengths);
				}
				catch (ReflectiveOperationException | RuntimeException unreadable) {
					// a component that cannot be read is not a text the client sent
				}
			}
		}
	}
}
