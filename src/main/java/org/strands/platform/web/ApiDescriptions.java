package org.strands.platform.web;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strands.platform.Public;

/**
 * The OpenAPI description in two parts: the endpoints anyone may call ({@code @Public}), readable by anyone at
 * {@code /api/docs/openapi.json/public}, and every endpoint, for people signed in, at {@code /api/docs/openapi.json/all}.
 * Which of them a caller may read is set in the security configuration.
 */
@Configuration
class ApiDescriptions {

    @Bean
    GroupedOpenApi publicEndpoints() {
        return GroupedOpenApi.builder().group("public").displayName("Public endpoints").pathsToMatch("/api/**")
                .addOpenApiMethodFilter(method -> method.isAnnotationPresent(Public.class)).build();
    }

    @Bean
    GroupedOpenApi allEndpoints() {
        return GroupedOpenApi.builder().group("all").displayName("All endpoints (signed in)").pathsToMatch("/api/**").build();
    }
}
