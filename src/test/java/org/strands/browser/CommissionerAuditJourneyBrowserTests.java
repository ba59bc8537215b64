package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;

/**
 * A commissioner, as a new user would: downloads the template, fills it in, imports it with mistakes and
 * then corrected, sees the map change, downloads the specification PDF and adds an action. Every page on
 * the way is checked with axe-core.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionerAuditJourneyBrowserTests {

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    Browser browser;

    @BeforeAll
    void open() {
        browser = new Browser();
        Api.at(port).as("admin", "demo").post("/api/v1/areas", "{\"slug\":\"journey\",\"name\":\"Journey\",\"laCodes\":[\"E08000007\"]}");
        Api.at(port).as("admin", "demo").post("/api/v1/areas/journey/people",
                "{\"username\":\"commissioner\",\"roles\":[\"COMMISSIONER\"]}");
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void aCommissionerFillsInTheAuditAndCommissionsFromTheMap() throws Exception {
        try (BrowserContext context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");

            page.navigate(url("/areas/journey/provision"));
            assertThat(page.locator("caption").first().textContent()).contains("Current offers by outcome");
            assertThat(page.locator(".strands-heat .govuk-tag--red").count()).isEqualTo(15);
            accessible(page);

            page.navigate(url("/areas/journey/provision/import"));
            Download download = page.waitForDownload(() -> page.click("text=Download the template (XLSX)"));
            Path template = files.resolve("template.xlsx");
            download.saveAs(template);
            List<String> header = header(template);
            assertThat(header).startsWith("Partner", "Partner type", "Offer");

            Path withMistakes = files.resolve("audit-with-mistakes.xlsx");
            Files.write(withMistakes, filled(header, List.of(
                    List.of("Journey Trust", "NHS trust", "Clinic", "", "IN3, XX7", "Provision", "", "", "5", "2", "Referral", "Therapist", "30", "200", "9000", "Current"),
                    List.of("Journey Charity", "Voluntary sector", "Chatter group", "", "FS2", "Provision", "", "", "1", "3", "Open access", "Family", "-5", "40", "", "Current"))));
            page.setInputFiles("#file", withMistakes);
            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Nothing was stored");
            String mistakes = page.locator("#mistakes + .app-table-scroll table").textContent();
            assertThat(mistakes).contains("XX7").contains("Age from").contains("Annual capacity");
            accessible(page);

            Path corrected = files.resolve("audit.xlsx");
            Files.write(corrected, filled(header, List.of(
                    List.of("Journey Trust", "NHS trust", "Clinic", "", "IN3", "Provision", "", "", "2", "5", "Referral", "Therapist", "30", "2000", "9000", "Current"),
                    List.of("Journey Charity", "Voluntary sector", "Chatter group", "", "FS2", "Provision", "", "", "1", "3", "Open access", "Family", "5", "40", "", "Current"),
                    List.of("Journey Hub", "Local authority team", "Chatter drop-in", "", "FS2", "Provision", "", "", "1", "3", "Open access", "Family", "50", "10", "", "Current"))));
            page.setInputFiles("#file", corrected);
            page.click("main form button[type=submit]");
            page.waitForURL("**/areas/journey/provision");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("3 offers added");
            assertThat(page.locator(".strands-heat .govuk-tag--red").count()).isEqualTo(13);
            assertThat(page.locator(".govuk-warning-text").textContent()).contains("specialist level takes");
            assertThat(page.locator("main").textContent()).contains("Chatter drop-in").contains("Chatter group");
            accessible(page);

            page.navigate(url("/areas/journey/provision/specification"));
            Download pdf = page.waitForDownload(() -> page.click("text=Download it as an accessible PDF"));
            Path specification = files.resolve("specification.pdf");
            pdf.saveAs(specification);
            assertThat(new String(Files.readAllBytes(specification), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            page.navigate(url("/areas/journey/provision/actions"));
            page.fill("#title", "Commission a targeted language group");
            page.fill("#owner", "Chris Commissioner");
            page.fill("#dueOn-day", "31/03/2027");
            page.check("input[name=outcomes][value=IN2]");
            page.click("main form[action$='/provision/actions'] button[type=submit]");
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Commission a targeted language group")).count()).isEqualTo(1);
            assertThat(page.locator("main").textContent()).contains("31 March 2027");
            accessible(page);

            page.fill("#title", "");
            page.fill("#owner", "Chris Commissioner");
            page.fill("#dueOn-day", "31");
            page.fill("#dueOn-month", "13");
            page.fill("#dueOn-year", "2027");
            page.click("main form[action$='/provision/actions'] button[type=submit]");
            assertThat(page.locator("#title-error").textContent()).contains("Enter what the action is.");
            assertThat(page.locator("#dueOn-error").textContent()).contains("the month must be a number from 1 to 12");
            assertThat(page.inputValue("#dueOn-month")).isEqualTo("13");
            assertThat(page.inputValue("#owner")).isEqualTo("Chris Commissioner");
            accessible(page);
        }
    }

    private static void accessible(Page page) {
        assertThat(Browser.violations(page)).as(page.url()).isEmpty();
    }

    private static List<String> header(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook book = new ReadableWorkbook(in)) {
            Row first = book.getFirstSheet().read().getFirst();
            List<String> cells = new ArrayList<>();
            first.forEach(c -> cells.add(c.getText()));
            return cells;
        }
    }

    /** What a person does in a spreadsheet program: fills rows under the template's header. */
    private static byte[] filled(List<String> header, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "LibreOffice", "1.0");
        Worksheet sheet = workbook.newWorksheet("Audit");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                if (!v.isEmpty()) {
                    if (v.matches("-?\\d+")) {
                        sheet.value(r + 1, c, Integer.valueOf(v));
                    } else {
                        sheet.value(r + 1, c, v);
                    }
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
