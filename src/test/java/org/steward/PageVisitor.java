package org.steward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * One person at a browser, without the browser: signs in through the login form with a demo
 * account's password, keeps the session cookie, and sends every form with the CSRF token the
 * last page it read carried, as the browser would. The test kit's page side; {@link ApiCaller} is
 * the API side and says which part of the kit to use when.
 */
public final class PageVisitor {

	public static final String DEMO_PASSWORD = "steward-demo";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"|"
			+ "<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final MockMvc mvc;

	private final String username;

	private MockHttpSession session = new MockHttpSession();

	private String csrf = "";

	private PageVisitor(MockMvc mvc, String username) {
		this.mvc = mvc;
		this.username = username;
	}

	/** Signs in as a demo account through the login form. */
	public static PageVisitor signIn(MockMvc mvc, String username) throws Exception {
		return signIn(mvc, username, DEMO_PASSWORD);
	}

	/** Signs in through the login form as an account a test opened with its own password. */
	public static PageVisitor signIn(MockMvc mvc, String username, String password) throws Exception {
		PageVisitor visitor = new PageVisitor(mvc, username);
		visitor.read("/login");
		MvcResult result = mvc.perform(post("/login").session(visitor.session)
			.param("username", username)
			.param("password", password)
			.param("_csrf", visitor.csrf)).andReturn();
		assertThat(result.getResponse().getStatus()).as("sign-in of " + username).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + username).doesNotContain("error");
		visitor.session = (MockHttpSession) result.getRequest().getSession(false);
		return visitor;
	}

	/**
	 * The signed-in session alone, for a test that sends its own requests ({@code .session(s).with(csrf())}).
	 */
	public static MockHttpSession sessionOf(MockMvc mvc, String username) throws Exception {
		return signIn(mvc, username).session;
	}

	/** The signed-in session of an account a test opened with its own password. */
	public static MockHttpSession sessionOf(MockMvc mvc, String username, String password) throws Exception {
		return signIn(mvc, username, password).session;
	}

	/**
	 * Text as Thymeleaf writes it into a page (only the five markup characters escaped; Spring's
	 * {@code HtmlUtils} would also turn quotes such as “ ” into entities), to find a message in a page's HTML.
	 */
	public static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	public String username() {
		return username;
	}

	/** GETs a page that must answer 200 and remembers its CSRF token. */
	public String read(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).session(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(username + " GET " + path).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		Matcher m = CSRF.matcher(html);
		if (m.find()) {
			csrf = m.group(1) != null ? m.group(1) : m.group(2);
		}
		return html;
	}

	/** Sends a form (fields as name, value pairs) with the token of the last page read. */
	public MvcResult submit(String path, String... fields) throws Exception {
		return perform(post(path), fields);
	}

	/** Sends a multipart form with files. */
	public MvcResult upload(String path, MockMultipartFile[] files, String... fields) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return perform(request, fields);
	}

	/** A form whose answer must be a redirect (Post/Redirect/Get); answers where it leads. */
	public String submitAndFollow(String path, String... fields) throws Exception {
		MvcResult result = submit(path, fields);
		assertThat(result.getResponse().getStatus())
			.as(username + " POST " + path + ": " + result.getResponse().getContentAsString())
			.isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String... fields) throws Exception {
		request.session(session).param("_csrf", csrf);
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}
}
