package org.steward.messaging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Aliyun's RPC signature, version 1.0 (HMAC-SHA1): the parameters sorted by name and
 * percent-encoded per RFC 3986, joined as a query, then
 * {@code StringToSign = METHOD & %2F & encode(query)}, signed with {@code secret + "&"}, Base64.
 */
final class AliyunSignature {

	private AliyunSignature() {
	}

	static String sign(String method, Map<String, String> params, String accessKeySecret) {
		String stringToSign = method + "&" + encode("/") + "&" + encode(canonicalQuery(params));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The parameters (without {@code Signature}) sorted by name, each name and value encoded. */
	static String canonicalQuery(Map<String, String> params) {
		return new TreeMap<>(params).entrySet()
			.stream()
			.filter(e -> !"Signature".equals(e.getKey()))
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	/** RFC 3986 percent-encoding: Java's form encoding with space, '*' and '~' put right. */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
	}
}
