package org.strands.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.strands.support.Api;
import org.strands.support.DataTest;

/**
 * The public pages and API, and the directory's Open Referral feed (counted apart), are limited per client address; the
 * rest of Strands is not counted against them.
 */
@DataTest
@TestPropertySource(properties = "strands.public.requests-per-minute=5")
class PublicRateLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void beyondTheLimitAClientIsToldToWaitAndOtherPartsGoOn() {
        List<Integer> statuses = new ArrayList<>();
        Api.Response last = null;
        for (int i = 0; i < 8; i++) {
            last = Api.at(port).get("/api/v1/public/areas/stockport/sessions");
            statuses.add(last.status());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.json().get("detail").asString()).contains("Wait");
        assertThat(Api.at(port).get("/public/stockport", "text/html").status()).isEqualTo(429);
        assertThat(Api.at(port).as("lead", "demo").get("/api/v1/areas/stockport/sessions").status()).isEqualTo(200);
    }

    @Test
    void theOpenReferralFeedIsLimitedTooButCountedApartFromWhatFamiliesUse() {
        List<Integer> statuses = new ArrayList<>();
        Api.Response last = null;
        for (int i = 0; i < 7; i++) {
            last = Api.at(port).get("/oruk/services?per_page=1");
            statuses.add(last.status());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(5, 7)).containsOnly(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.headers().firstValue("Access-Control-Allow-Origin")).as("the refusal may be read by any site").hasValue("*");
        assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
