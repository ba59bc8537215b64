package org.strands.directory.web.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;

/**
 * What the feed refuses, and how: a parameter it cannot use is a 400 problem naming it, an id that is not one of its
 * items a 404 problem; every answer, refusals included, may be read by a page on any site (CORS) and is JSON.
 */
@DataTest
class FeedRefusalsIntegrationTests {

    @LocalServerPort
    int port;

    FeedReader feed() {
        return new FeedReader(port);
    }

    @Test
    void aParameterTheFeedCannotUseIsRefusedNamingIt() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("/oruk/services?page=0", "page"),
                Map.entry("/oruk/services?page=-1", "page"),
                Map.entry("/oruk/services?page=two", "page"),
                Map.entry("/oruk/services?page=1.5", "page"),
                Map.entry("/oruk/services?page=99999999999", "page"),
                Map.entry("/oruk/services?per_page=0", "per_page"),
                Map.entry("/oruk/services?per_page=201", "per_page"),
                Map.entry("/oruk/taxonomies?per_page=lots", "per_page"),
                Map.entry("/oruk/taxonomy_terms?page=0", "page"),
                Map.entry("/oruk/service_at_locations?postcode=NOT%20A%20POSTCODE", "postcode"),
                Map.entry("/oruk/service_at_locations?postcode=ZZ9%209ZZ", "postcode"),
                Map.entry("/oruk/services?postcode=SK1", "postcode"),
                Map.entry("/oruk/service_at_locations?proximity=2000", "proximity"),
                Map.entry("/oruk/service_at_locations?postcode=SK13XE&proximity=near", "proximity"),
                Map.entry("/oruk/services?minimum_age=three", "minimum_age"),
                Map.entry("/oruk/services?maximum_age=-1", "maximum_age"),
                Map.entry("/oruk/services?taxonomy_term_id=FS1", "taxonomy_term_id"),
                Map.entry("/oruk/services?taxonomy_id=framework", "taxonomy_id"),
                Map.entry("/oruk/services?area=nowhere", "area"));
        refused.forEach((path, parameter) -> {
            Api.Response answer = feed().get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(answer.json().get("parameter").asString()).as(path).isEqualTo(parameter);
            assertThat(answer.json().get("detail").asString()).as(path).contains(parameter);
        });
    }

    @Test
    void anIdThatIsNotOneOfTheFeedsItemsIsNotFound() {
        for (String kind : List.of("services", "service_at_locations", "taxonomies", "taxonomy_terms")) {
            for (String id : List.of(UUID.randomUUID().toString(), "not-an-id", "1")) {
                Api.Response answer = feed().get("/oruk/" + kind + "/" + id);
                assertThat(answer.status()).as(kind + "/" + id).isEqualTo(404);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
                assertThat(answer.json().get("detail").asString()).startsWith("There is no");
            }
        }
        Api.Response nowhere = feed().get("/oruk/organizations");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void everyEndpointMayBeReadFromAnySiteAndABrowsersPreflightIsAnswered() throws Exception {
        for (String path : List.of("/oruk/", "/oruk/services", "/oruk/service_at_locations", "/oruk/taxonomies", "/oruk/taxonomy_terms",
                "/oruk/taxonomies/" + FeedTaxonomies.FRAMEWORK, "/oruk/taxonomy_terms/" + FeedTaxonomies.openAccessTerm())) {
            Api.Response answer = feed().get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
        }
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oruk/services"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://local-offer.example.org")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("GET"));
    }

    @Test
    void theFeedTakesNoCredentialsSoAStrangersTokenChangesNothing() {
        Api.Response answer = new FeedReader(Api.at(port).withToken("not-a-token-of-ours")).get("/oruk/services?per_page=1");
        assertThat(answer.status()).isEqualTo(200);
    }
}
