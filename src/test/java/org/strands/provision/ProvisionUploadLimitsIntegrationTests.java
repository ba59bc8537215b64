package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/** Provision imports read within strands.uploads.*: every file too large, too long or expanding too far is a 4xx. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisionUploadLimitsIntegrationTests {

    static final String IMPORT = "/api/v1/areas/upload-limits/provision/import";
    static final String HEADER = String.join(",", AuditColumns.ALL) + "\n";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    Api commissioner;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "upload-limits", "commissioner", "practitioner");
        commissioner = Api.at(port).as("commissioner", "demo");
    }

    @Test
    void aCsvWithMoreRowsThanAllowedIsRefusedAtTheFirstRowPastTheLimit() {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append(",".repeat(AuditColumns.ALL.size() - 1).concat("\n").repeat(100_001));
        Api.Response response = commissioner.upload(IMPORT, "long.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        JsonNode error = refused(response, 422);
        assertThat(error.get("row").asLong()).isEqualTo(100_002);
        assertThat(error.get("message").asString()).contains("more than 100,000 rows");
    }

    @Test
    void aWorkbookThatUnpacksPastTheLimitIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 101L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(1024 * 1024);
        JsonNode error = refused(commissioner.upload(IMPORT, "bomb.xlsx", zip.toByteArray()), 422);
        assertThat(error.get("message").asString()).contains("unpacks to more than 100 MB");
    }

    @Test
    void aWorkbookDeclaringMoreSharedStringsThanAllowedIsRefused() throws IOException {
        JsonNode error = refused(commissioner.upload(IMPORT, "strings.xlsx",
                workbookWithSharedStrings("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"900000\"><si><t>a</t></si></sst>")), 422);
        assertThat(error.get("message").asString()).contains("more than 200,000 different texts");
    }

    @Test
    void aWorkbookHoldingMoreSharedStringsThanItDeclaresIsRefused() throws IOException {
        String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>a</t></si>".repeat(200_001) + "</sst>";
        JsonNode error = refused(commissioner.upload(IMPORT, "strings.xlsx", workbookWithSharedStrings(strings)), 422);
        assertThat(error.get("message").asString()).contains("more than 200,000 different texts");
    }

    @Test
    void anUploadSentWithoutMultipartIsUnsupportedMediaType() {
        Api.Response response = commissioner.post(IMPORT, "{\"file\":\"audit.csv\"}");
        JsonNode error = refused(response, 415);
        assertThat(response.json().get("detail").asString()).contains("multipart/form-data");
        assertThat(error.get("column").asString()).isEqualTo("file");
    }

    @Test
    void aFileLargerThanTheLimitIsContentTooLarge() {
        Api.Response response = commissioner.upload(IMPORT, "huge.csv", new byte[33 * 1024 * 1024]);
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("32 MB");
    }

    @Test
    void aNulCharacterIsRefusedNamingItsRow() {
        String csv = HEADER + "Partner\u0000,NHS trust,Offer,,FS1,Provision,,,,,,,,,,Current\n";
        JsonNode error = refused(commissioner.upload(IMPORT, "nul.csv", csv.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(error.get("row").asLong()).isEqualTo(2);
        assertThat(error.get("message").asString()).contains("NUL character");
    }

    @Test
    void theErrorListStopsAtTheFirstThousandAndGivesTheTotal() {
        String bad = "Partner,Alien,Offer,,FS1,Provision,,,,,,,,,,Current\n";
        Api.Response response = commissioner.upload(IMPORT, "bad.csv", (HEADER + bad.repeat(1_200)).getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").size()).isEqualTo(1_000);
        long total = response.json().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(1_200);
        assertThat(response.json().get("detail").asString()).contains(String.format(java.util.Locale.UK, "%,d errors", total));
    }

    @Test
    void theImportPageShowsALimitBesideTheFileField() {
        FormSession browser = new FormSession(port);
        browser.signIn("commissioner", "demo");
        String page = "/areas/upload-limits/provision/import";
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append(",".repeat(AuditColumns.ALL.size() - 1).concat("\n").repeat(100_001));
        var answer = browser.upload(page, "long.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "_csrf", browser.csrfToken(page));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("more than 100,000 rows");
    }

    @Test
    void theImportPageAnswersAFileLargerThanTheLimitInPlainWords() {
        FormSession browser = new FormSession(port);
        browser.signIn("commissioner", "demo");
        String page = "/areas/upload-limits/provision/import";
        var answer = browser.upload(page, "huge.csv", new byte[33 * 1024 * 1024], "_csrf", browser.csrfToken(page));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("larger than Strands accepts (32 MB)");
    }

    private static JsonNode refused(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.size()).as(response.body()).isEqualTo(1);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("file");
        return errors.get(0);
    }

    private static byte[] workbookWithSharedStrings(String sharedStrings) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            out.write(sharedStrings.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip.toByteArray();
    }
}
