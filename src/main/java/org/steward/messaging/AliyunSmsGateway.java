package org.steward.messaging;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Aliyun Dysms {@code SendSms} API (version 2017-05-25) over HTTPS POST, signed with the
 * RPC signature v1 ({@link AliyunSignature}). Only a call that certainly did not reach the provider,
 * or that the provider answered with a throttling or system error, is worth retrying; a call whose
 * answer was lost is UNKNOWN, so an SMS never goes twice.
 */
@Component
class AliyunSmsGateway implements SmsGateway {

	/** Provider codes that mean "not now": the message was not sent and may be tried again. */
	private static final Set<String> TRANSIENT = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isp.SYSTEM_ERROR",
			"isp.RAM_PERMISSION_DENY", "Throttling", "Throttling.User", "ServiceUnavailable", "InternalError");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private final MessagingProperties.Sms config;

	private final Clock clock;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	AliyunSmsGateway(MessagingProperties properties, Clock clock) {
		this.config = properties.sms();
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
	}

	@Override
	public Courier.Delivery send(String phone, String templateCode, Map<String, String> params, String outId) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("AccessKeyId", config.accessKeyId());
		query.put("Action", "SendSms");
		query.put("Format", "JSON");
		query.put("OutId", outId);
		query.put("PhoneNumbers", phone);
		query.put("RegionId", config.regionId());
		query.put("SignName", config.signName());
		query.put("SignatureMethod", "HMAC-SHA1");
		query.put("SignatureNonce", UUID.randomUUID().toString());
		query.put("SignatureVersion", "1.0");
		query.put("TemplateCode", templateCode);
		query.put("TemplateParam", json.writeValueAsString(params));
		query.put("Timestamp", TIMESTAMP.format(clock.instant()));
		query.put("Version", "2017-05-25");
		query.put("Signature", AliyunSignature.sign("POST", query, config.accessKeySecret()));
		String body = query.entrySet()
			.stream()
			.map(e -> AliyunSignature.encode(e.getKey()) + "=" + AliyunSignature.encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint()))
			.timeout(config.timeout())
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException refused) {
			return Courier.Delivery.retry("ConnectException: " + refused.getMessage());
		}
		catch (IOException lost) {
			return Courier.Delivery.unknown(lost.getClass().getSimpleName() + ": " + lost.getMessage());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Courier.Delivery.unknown("interrupted");
		}
		return outcome(response);
	}

	private Courier.Delivery outcome(HttpResponse<String> response) {
		String code;
		String message;
		String bizId;
		try {
			JsonNode answer = json.readTree(response.body());
			code = answer.path("Code").asString("");
			message = answer.path("Message").asString("");
			bizId = answer.path("BizId").asString("");
		}
		catch (RuntimeException unreadable) {
			return response.statusCode() >= 500 ? Courier.Delivery.retry("HTTP " + response.statusCode())
					: Courier.Delivery.unknown("HTTP " + response.statusCode() + ": unreadable answer");
		}
		if ("OK".equals(code)) {
			return Courier.Delivery.sent("BizId " + bizId);
		}
		if (TRANSIENT.contains(code) || response.statusCode() >= 500 && code.isEmpty()) {
			return Courier.Delivery.retry(code + " " + message);
		}
		return Courier.Delivery.rejected(code + " " + message);
	}
}
