package org.steward.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of /v3/api-docs and Swagger UI (springdoc's default is "OpenAPI definition v0"). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI stewardOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() == null ? "v1" : build.getIfAvailable().getVersion();
		return new OpenAPI().info(new Info().title("Steward API")
			.version(version)
			.description("Community enforcement stations of urban management: residents' reports and tracking, "
					+ "cases and their deadlines, department tasks, enforcement records. Sign in with "
					+ "POST /api/v1/auth/token and send the token as a bearer token; errors are RFC 9457 problem "
					+ "details, invalid fields listed in errors:[{field, message}].")
			.license(new License().name("Proprietary")));
	}
}
