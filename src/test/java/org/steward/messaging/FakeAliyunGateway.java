package org.steward.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Aliyun's SendSms endpoint (JDK HttpServer): it recomputes each request's
 * RPC v1 signature with the shared secret, refuses a bad one as Aliyun does, can be told to be
 * busy for the next n calls, and records every SMS it accepted.
 */
final class FakeAliyunGateway implements AutoCloseable {

	static final String KEY_ID = "test-key-id";

	static final String SECRET = "test-secret-do-not-use";

	final List<Map<String, String>> accepted = Collections.synchronizedList(new ArrayList<>());

	final List<String> refusedSignatures = Collections.synchronizedList(new ArrayList<>());

	final AtomicInteger busyFor = new AtomicInteger();

	final AtomicInteger calls = new AtomicInteger();

	private final HttpServer server;

	FakeAliyunGateway() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			calls.incrementAndGet();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> params = parse(body);
			String answer;
			int status = 200;
			String expected = signature(exchange.getRequestMethod(), params);
			if (!expected.equals(params.get("Signature")) || !KEY_ID.equals(params.get("AccessKeyId"))
					|| !"SendSms".equals(params.get("Action")) || !"HMAC-SHA1".equals(params.get("SignatureMethod"))) {
				refusedSignatures.add(String.valueOf(params.get("Signature")));
				status = 400;
				answer = "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched\"}";
			}
			else if (busyFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				answer = "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"busy\"}";
			}
			else {
				accepted.add(params);
				answer = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"biz-" + accepted.size() + "\",\"RequestId\":\"r\"}";
			}
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
	}

	/**
	 * Aliyun's RPC v1 signature, written here independently of the adapter (byte-wise RFC 3986
	 * encoding), so the test checks the adapter against the rule rather than against itself.
	 */
	static String signature(String method, Map<String, String> params) {
		StringBuilder query = new StringBuilder();
		new java.util.TreeMap<>(params).forEach((name, value) -> {
			if (!name.equals("Signature")) {
				query.append(query.isEmpty() ? "" : "&").append(rfc3986(name)).append('=').append(rfc3986(value));
			}
		});
		String toSign = method + "&" + rfc3986("/") + "&" + rfc3986(query.toString());
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
			mac.init(new javax.crypto.spec.SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return java.util.Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String rfc3986(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
					|| c == '~') {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return out.toString();
	}

	String endpoint() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	private static Map<String, String> parse(String form) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : form.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
