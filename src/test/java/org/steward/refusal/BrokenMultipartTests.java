package org.steward.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.steward.ServerVisitor;

import com.jayway.jsonpath.JsonPath;

/**
 * Broken multipart bodies as Tomcat itself parses them (MockMvc never parses a body): every route of the
 * handler mapping that takes a file — the API's and the pages' — sent a body cut off before its closing
 * boundary, a part header without its blank line, a multipart type without a boundary and a body of
 * garbage. Each is answered 400 — a problem detail naming {@code body} for the API, the error page for
 * pages — and never 500. The parse fails before any handler is chosen, so the answer cannot depend on
 * the route's own checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
class BrokenMultipartTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	/** The routes that take files, with their path variables filled in. */
	private List<String> multipartRoutes() {
		TreeSet<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = e.getKey();
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST) || !takesFiles(e.getValue())) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				routes.add(pattern.replace("{format}", "json").replace("{action}", "progress")
					.replaceAll("\\{[^}]+}", "1"));
			}
		}
		return new ArrayList<>(routes);
	}

	private static boolean takesFiles(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (mentionsFile(parameter.getGenericParameterType())) {
				return true;
			}
		}
		return false;
	}

	private static boolean mentionsFile(Type type) {
		if (type == MultipartFile.class) {
			return true;
		}
		if (type instanceof ParameterizedType p) {
			for (Type argument : p.getActualTypeArguments()) {
				if (mentionsFile(argument)) {
					return true;
				}
			}
		}
		return false;
	}

	private static Map<String, String[]> bodies() {
		Map<String, String[]> bodies = new LinkedHashMap<>();
		String type = "multipart/form-data; boundary=XyZ";
		bodies.put("cut before the closing boundary", new String[] { type,
				"--XyZ\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff" });
		bodies.put("part header without its blank line", new String[] { type,
				"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png" });
		bodies.put("no boundary in the type", new String[] { "multipart/form-data",
				"--XyZ\r\nContent-Disposition: form-data; name=\"notes\"\r\n\r\nabc\r\n--XyZ--\r\n" });
		bodies.put("garbage", new String[] { type, "this is not multipart at all" });
		return bodies;
	}

	@Test
	void everyRouteThatTakesFilesAnswersABrokenBodyWith400() throws Exception {
		String base = "http://localhost:" + port;
		String token = ServerVisitor.tokenOf(base, "admin");
		HttpClient page = ServerVisitor.signIn(base, "admin");
		Matcher csrf = CSRF.matcher(page.send(HttpRequest.newBuilder(URI.create(base + "/admin/calendar")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		assertThat(csrf.find()).as("a CSRF token on an administrator's page").isTrue();

		List<String> routes = multipartRoutes();
		assertThat(routes).as("routes that take files").hasSizeGreaterThanOrEqualTo(15)
			.contains("/api/v1/reports", "/report", "/open311/v2/requests.json", "/admin/calendar/import");
		Map<String, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		for (String route : routes) {
			boolean api = route.startsWith("/api/");
			for (Map.Entry<String, String[]> body : bodies().entrySet()) {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + route))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", body.getValue()[0])
					.POST(HttpRequest.BodyPublishers.ofString(body.getValue()[1], StandardCharsets.ISO_8859_1));
				HttpClient client = api ? HttpClient.newHttpClient() : page;
				if (api) {
					request.header("Authorization", "Bearer " + token);
				}
				else {
					// the token in its header: a broken body has no _csrf field to carry it
					request.header("X-CSRF-TOKEN", csrf.group(1)).header("Accept", "text/html");
				}
				HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
				statuses.merge(answer.statusCode() + (body.getKey().equals("garbage") ? " garbage" : ""), 1, Integer::sum);
				String label = "POST " + route + " (" + body.getKey() + ") → " + answer.statusCode();
				if (body.getKey().equals("garbage")) {
					// no boundary in the body: a multipart body with no parts, which the route judges itself
					if (answer.statusCode() >= 500) {
						failures.add(label + " " + cut(answer.body()));
					}
					continue;
				}
				if (answer.statusCode() != 400) {
					failures.add(label + " " + cut(answer.body()));
				}
				else if (api || answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
					List<String> fields = JsonPath.read(answer.body(), "$.errors[*].field");
					if (!fields.contains("body")) {
						failures.add(label + " naming " + fields);
					}
				}
			}
		}
		System.out.println("BROKEN MULTIPART " + routes.size() + " routes × " + bodies().size() + " bodies: " + statuses);
		failures.forEach(f -> System.out.println("BROKEN MULTIPART FAILURE " + f));
		assertThat(failures).isEmpty();
	}

	private static String cut(String body) {
		return body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
	}
}
