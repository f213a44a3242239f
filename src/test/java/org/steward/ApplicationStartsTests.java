package org.steward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationStartsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesTheLoginPage() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void publishesTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
	}
}
