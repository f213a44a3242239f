package org.steward.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AliyunSignatureTests {

	@Test
	void encodesAsRfc3986NotAsHtmlForms() {
		assertThat(AliyunSignature.encode("a b*c~d/é")).isEqualTo("a%20b%2Ac~d%2F%C3%A9");
	}

	@Test
	void sortsParametersByNameAndLeavesTheSignatureOut() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("b", "2");
		params.put("Signature", "x");
		params.put("A", "1");
		params.put("a", "{\"k\":\"v\"}");
		assertThat(AliyunSignature.canonicalQuery(params)).isEqualTo("A=1&a=%7B%22k%22%3A%22v%22%7D&b=2");
	}

	@Test
	void agreesWithAnIndependentImplementationAndChangesWithAnyParameter() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccessKeyId", FakeAliyunGateway.KEY_ID);
		params.put("Action", "SendSms");
		params.put("PhoneNumbers", "13900000000");
		params.put("SignName", "金水城管");
		params.put("TemplateParam", "{\"code\":\"ABCDEFGH23\"}");
		params.put("Timestamp", "2026-12-04T02:42:19Z");
		String signature = AliyunSignature.sign("POST", params, FakeAliyunGateway.SECRET);
		assertThat(signature).isEqualTo(FakeAliyunGateway.signature("POST", params));
		params.put("PhoneNumbers", "13900000001");
		assertThat(AliyunSignature.sign("POST", params, FakeAliyunGateway.SECRET)).isNotEqualTo(signature);
	}
}
