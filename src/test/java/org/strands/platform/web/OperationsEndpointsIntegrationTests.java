package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

/** Health for anyone without details; info and metrics for system administrators; the API described to each as they may use it. */
@DataTest
class OperationsEndpointsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void healthAnswersAnyoneWithTheStatusAlone() {
        Api.Response health = Api.at(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().propertyNames()).doesNotContain("components", "details");
        assertThat(health.body()).doesNotContainIgnoringCase("postgres").doesNotContain("diskSpace");
        assertThat(Api.at(port).as("commissioner", "demo").get("/actuator/health").json().propertyNames())
                .doesNotContain("components", "details");
    }

    @Test
    void infoAndMetricsAreForSystemAdministratorsAlone() {
        for (String endpoint : new String[] {"/actuator/info", "/actuator/prometheus", "/actuator"}) {
            assertThat(Api.at(port).get(endpoint).status()).as(endpoint + " anonymously").isEqualTo(401);
            assertThat(Api.at(port).as("commissioner", "demo").get(endpoint).status()).as(endpoint + " as a member").isEqualTo(403);
        }
        Api.Response metrics = Api.at(port).as("admin", "demo").get("/actuator/prometheus", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(Api.at(port).as("admin", "demo").get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void thePublicEndpointsAreDescribedToAnyoneAndTheRestToPeopleSignedIn() {
        Api.Response described = Api.at(port).get("/api/docs/openapi.json/public");
        assertThat(described.status()).isEqualTo(200);
        JsonNode publicPaths = described.json().get("paths");
        assertThat(publicPaths.propertyNames()).contains("/api/v1/framework").noneMatch(path -> path.startsWith("/api/v1/areas"));

        assertThat(Api.at(port).get("/api/docs/openapi.json/all").status()).isEqualTo(401);
        assertThat(Api.at(port).get("/api/docs/openapi.json").status()).isEqualTo(401);

        Api.Response all = Api.at(port).as("commissioner", "demo").get("/api/docs/openapi.json/all");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("paths").propertyNames()).contains("/api/v1/framework", "/api/v1/me/tokens")
                .anyMatch(path -> path.startsWith("/api/v1/areas/{area}/"));
    }
}
