package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.AwaitJob;
import org.strands.support.DataTest;
import org.strands.support.FieldErrors;
import org.strands.support.FormSession;
import tools.jackson.databind.JsonNode;

/** National reference files are checked before they are queued, and a cut-short file does not replace a whole one. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceUploadSafeguardsIntegrationTests {

    static final String IMD = "/api/v1/admin/reference-data/imd2025";
    static final String HEADER = "lsoa21_code,IMD_decile,IMD_rank,IMD_score\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Api admin;

    @BeforeAll
    void signIn() {
        admin = Api.at(port).as("admin", "demo");
    }

    @Test
    void aFileWithFarFewerRowsThanTheLoadedOneIsRefusedNamingBothCounts() {
        int stored = storedRows();
        int jobsBefore = jobs();
        Api.Response response = admin.upload(IMD, "imd.csv", (HEADER + "E01005743,7,20000,12.558\nE01005744,3,5000,30.1\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("rows").asLong()).isEqualTo(2);
        assertThat(problem.get("storedRows").asLong()).isEqualTo(stored);
        assertThat(problem.get("detail").asString()).contains("2 rows", String.format(java.util.Locale.UK, "%,d", stored), "?replace=true");
        assertThat(storedRows()).isEqualTo(stored);
        assertThat(jobs()).isEqualTo(jobsBefore);
    }

    @Test
    void aNulCharacterIsRefusedAtOnceNamingItsRow() {
        Api.Response response = admin.upload(IMD, "nul.csv", (HEADER + "E01005743,7,20000,12.558\nE01005744,3,50\u000000,30.1\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("row").asLong()).isEqualTo(3);
        assertThat(error.get("message").asString()).contains("NUL character");
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsRefusedAtOnce() {
        String csv = HEADER + "E01005743,7,20000,12.558\n".repeat(100_001);
        Api.Response response = admin.upload(IMD, "long.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("row").asLong()).isEqualTo(100_002);
        assertThat(error.get("message").asString()).contains("more than 100,000 rows");
    }

    @Test
    void theErrorsOfARefusedFileStopAtTheFirstThousandAndGiveTheTotal() {
        int stored = storedRows();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            csv.append(String.format("E%08d,11,1,1.0%n", i + 1));
        }
        JsonNode job = AwaitJob.finished(admin, admin.upload(IMD + "?replace=true", "bad.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("message").asString()).contains("1,500 errors", "showing the first 1,000");
        JsonNode errors = admin.get(job.get("result").asString()).json();
        assertThat(errors.get("errors").size()).isEqualTo(1_000);
        assertThat(errors.get("total").asLong()).isEqualTo(1_500);
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void theReferenceDataPageAsksToTickReplaceBesideTheBox() {
        FormSession browser = new FormSession(port);
        browser.signIn("admin", "demo");
        int stored = storedRows();
        var page = browser.upload("/admin/reference-data", "imd.csv", (HEADER + "E01005743,7,20000,12.558\n").getBytes(StandardCharsets.UTF_8),
                "_csrf", browser.csrfToken("/admin/reference-data"), "dataset", "imd2025");
        assertThat(page.statusCode()).isEqualTo(200);
        FieldErrors.assertErrorBeside(page.body(), "replace", "far fewer than the " + String.format(java.util.Locale.UK, "%,d", stored));
        assertThat(storedRows()).isEqualTo(stored);
    }

    private int storedRows() {
        return db.sql("select rows from ref_load where dataset = 'imd2025'").query(Integer.class).single();
    }

    private int jobs() {
        return db.sql("select count(*) from job where kind = 'reference-data-load'").query(Integer.class).single();
    }
}
