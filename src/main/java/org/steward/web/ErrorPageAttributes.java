package org.steward.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring Boot's error attributes plus {@code csrf}: a form sent with a stale token (a page left open past the
 * session) is refused by Spring Security with a plain 403, and the error page should say "reload and send
 * again" rather than only "access denied".
 */
@Component
class ErrorPageAttributes extends org.springframework.boot.webmvc.error.DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object denied = request.getAttribute(WebAttributes.ACCESS_DENIED_403, RequestAttributes.SCOPE_REQUEST);
		// Spring Security's default handler sends a bare 403 without naming the exception; a form post refused
		// at the filter is a stale token or, rarely, a role the URL rules refuse: the page covers both.
		boolean formPost = request instanceof org.springframework.web.context.request.ServletWebRequest servlet
				&& !"GET".equals(servlet.getRequest().getMethod()) && !"HEAD".equals(servlet.getRequest().getMethod())
				&& Integer.valueOf(403).equals(attributes.get("status"));
		if (denied instanceof CsrfException || formPost) {
			attributes.put("csrf", true);
		}
		return attributes;
	}
}
