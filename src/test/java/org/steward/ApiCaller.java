package org.steward;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/**
 * One client of the API, as a phone app or another system would be: anonymous, or signed in with a
 * demo account's token from {@code POST /api/v1/auth/token}, optionally asking for answers in one
 * language ({@code Accept-Language}). The test kit's API side; {@link PageVisitor} is the page side.
 * <p>
 * Which to use when:
 * <ul>
 * <li>{@code /api/v1/**} as a client: {@link #signIn} (or {@link #anonymous}) and {@link #get}/{@link #post},
 * {@link #inLanguage} when the test reads a worded answer; a test that builds its own requests takes
 * {@link #tokenOf} for the {@code Authorization: Bearer} header.</li>
 * <li>A case to work on: {@link #report(String, String)} files one at the demo point and answers its number.</li>
 * <li>Pages and forms through MockMvc: {@link PageVisitor#signIn} (reads pages, sends forms with their CSRF
 * token) or {@link PageVisitor#sessionOf} for a test that sends its own {@code .session(s).with(csrf())}.</li>
 * <li>Pages whose scripts matter, on a running server: {@link Browser#open()} and {@link Browser#signIn}.</li>
 * <li>A running server over real HTTP without a browser (an event stream, an API call beside a browser):
 * {@link ServerVisitor#signIn} and {@link ServerVisitor#tokenOf}.</li>
 * <li>Events published on any thread in a full-application test: import {@link EventLog.Config}.</li>
 * </ul>
 * Tests of sign-in itself (the login form, the token endpoint, lockout) send their own requests:
 * {@link #tokenRequest} builds the token request without expecting it to succeed.
 */
public final class ApiCaller {

	/** The demo point 34.7985 N, 113.6830 E: grid 410105010001001 of 园田社区, station yuantian. */
	public static final double DEMO_LAT = 34.7985;

	public static final double DEMO_LNG = 113.6830;

	private final MockMvc mvc;

	private final @Nullable String token;

	private final @Nullable String language;

	private ApiCaller(MockMvc mvc, @Nullable String token, @Nullable String language) {
		this.mvc = mvc;
		this.token = token;
		this.language = language;
	}

	public static ApiCaller anonymous(MockMvc mvc) {
		return new ApiCaller(mvc, null, null);
	}

	/** Signs in with the demo password and keeps the bearer token. */
	public static ApiCaller signIn(MockMvc mvc, String username) throws Exception {
		return new ApiCaller(mvc, tokenOf(mvc, username), null);
	}

	/** A bearer token for a demo account. */
	public static String tokenOf(MockMvc mvc, String username) throws Exception {
		return tokenOf(mvc, username, PageVisitor.DEMO_PASSWORD);
	}

	/** A bearer token for an account a test opened with its own password. */
	public static String tokenOf(MockMvc mvc, String username, String password) throws Exception {
		String answer = mvc.perform(tokenRequest(username, password))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.token");
	}

	/**
	 * The token request itself, for tests of the token endpoint that expect a refusal
	 * ({@code mvc.perform(tokenRequest(name, "wrong")).andExpect(status().isUnauthorized())}).
	 */
	public static MockHttpServletRequestBuilder tokenRequest(String username, String password) {
		return MockMvcRequestBuilders.post("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	/** The same caller reading answers in {@code languageTag} (e.g. {@code en}, {@code zh-CN}). */
	public ApiCaller inLanguage(String languageTag) {
		return new ApiCaller(mvc, token, languageTag);
	}

	public String token() {
		if (token == null) {
			throw new IllegalStateException("an anonymous caller has no token");
		}
		return token;
	}

	public ResultActions get(String path, Object... uriVariables) throws Exception {
		return mvc.perform(signed(MockMvcRequestBuilders.get(path, uriVariables)));
	}

	/** POSTs a JSON body ({@code null} for none). */
	public ResultActions post(String path, @Nullable String json) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(signed(request));
	}

	/** Files a report at the demo point and answers its case number (201 expected). */
	public String report(String categoryCode, String description) throws Exception {
		return report(categoryCode, description, DEMO_LAT, DEMO_LNG);
	}

	/** Files a report at a WGS-84 point and answers its case number (201 expected). */
	public String report(String categoryCode, String description, double lat, double lng) throws Exception {
		String created = post("/api/v1/reports", "{\"categoryCode\":\"" + categoryCode + "\",\"description\":\""
				+ description + "\",\"location\":{\"lat\":" + lat + ",\"lng\":" + lng + ",\"crs\":\"WGS84\"}}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.caseNumber");
	}

	private MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return request;
	}
}
