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
 * again" rather than "access denied".
 */
@Component
class ErrorPageAttributes extends org.springframework.boot.webmvc.error.DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object denied = request.getAttribute(WebAttributes.ACCESS_DENIED_403, RequestAttributes.SCOPE_REQUEST);
		if (denied instanceof CsrfException) {
			attributes.put("csrf", true);
		}
		return attributes;
	}
}
