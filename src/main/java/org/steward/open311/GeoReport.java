package org.steward.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 answers in the two formats of the specification. A document is ordered maps
 * and lists: in JSON they are objects and arrays as they stand; in XML a list is repeated elements,
 * named by the singular of its key ({@code attributes → attribute}, {@code values → value},
 * {@code endpoints → endpoint}, {@code formats → format}), and a top-level list is wrapped in the
 * document's root ({@code services → service}, {@code service_requests → request}, {@code errors →
 * error}). XML starts with the UTF-8 declaration; both are served as UTF-8.
 */
final class GeoReport {

	enum Format {
		XML, JSON;

		static @Nullable Format of(String extension) {
			return switch (extension) {
				case "xml" -> XML;
				case "json" -> JSON;
				default -> null;
			};
		}
	}

	static final MediaType XML_TYPE = MediaType.parseMediaType("text/xml;charset=utf-8");

	static final MediaType JSON_TYPE = MediaType.parseMediaType("application/json;charset=utf-8");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> SINGULAR = Map.of("attributes", "attribute", "values", "value",
			"endpoints", "endpoint", "formats", "format", "services", "service", "service_requests", "request", "errors",
			"error", "keywords", "keyword");

	private GeoReport() {
	}

	/** ISO 8601 with the district's offset, to the second: {@code 2026-12-04T10:15:30+08:00}. */
	static @Nullable String time(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? null
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
	}

	/** A list answer: {@code <root><item>…</item>…</root>} or a JSON array. */
	static ResponseEntity<String> list(Format format, HttpStatus status, String root, List<Map<String, Object>> items) {
		if (format == Format.JSON) {
			return ResponseEntity.status(status).contentType(JSON_TYPE).body(JSON.writeValueAsString(items));
		}
		StringBuilder xml = declaration();
		xml.append('<').append(root).append('>');
		for (Map<String, Object> item : items) {
			element(xml, SINGULAR.get(root), item);
		}
		xml.append("</").append(root).append('>');
		return ResponseEntity.status(status).contentType(XML_TYPE).body(xml.toString());
	}

	/** A single-object answer: {@code <root>…</root>} or a JSON object. */
	static ResponseEntity<String> object(Format format, String root, Map<String, Object> document) {
		if (format == Format.JSON) {
			return ResponseEntity.ok().contentType(JSON_TYPE).body(JSON.writeValueAsString(document));
		}
		StringBuilder xml = declaration();
		element(xml, root, document);
		return ResponseEntity.ok().contentType(XML_TYPE).body(xml.toString());
	}

	private static StringBuilder declaration() {
		return new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
	}

	@SuppressWarnings("unchecked")
	private static void element(StringBuilder xml, String name, @Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			xml.append('<').append(name).append('>');
			map.forEach((key, child) -> element(xml, (String) key, child));
			xml.append("</").append(name).append('>');
		}
		else if (value instanceof List<?> list) {
			xml.append('<').append(name).append('>');
			String item = SINGULAR.getOrDefault(name, name);
			for (Object child : list) {
				element(xml, item, child);
			}
			xml.append("</").append(name).append('>');
		}
		else if (value == null) {
			xml.append('<').append(name).append("/>");
		}
		else {
			xml.append('<').append(name).append('>').append(escape(String.valueOf(value))).append("</").append(name).append('>');
		}
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// characters XML 1.0 cannot carry are dropped rather than breaking the document
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
