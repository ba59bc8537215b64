package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportProvisionAuditIntegrationTests {

    static final String AREA = "/api/v1/areas/provision-test/provision";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    Api commissioner;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "provision-test", "commissioner", "practitioner");
        commissioner = Api.at(port).as("commissioner", "demo");
    }

    @Test
    void theTemplateHeaderRowIsExactlyTheAuditColumns() throws Exception {
        Api.Response template = commissioner.get(AREA + "/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        byte[] bytes = Api.at(port).as("commissioner", "demo").getBytes(AREA + "/template.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Row header = workbook.getFirstSheet().read().getFirst();
            List<String> cells = new ArrayList<>();
            header.forEach(c -> cells.add(c.getText()));
            assertThat(cells).containsExactly("Partner", "Partner type", "Offer", "Description", "Outcomes", "Entry",
                    "Localities", "Setting URNs", "Age from (years)", "Age to (years)", "Access route", "Delivered by",
                    "Annual capacity", "Annual hours", "Annual cost (GBP)", "Status");
        }
    }

    @Test
    void anAuditWithMistakesReportsEveryOneAndStoresNothing() throws Exception {
        int before = commissioner.get(AREA + "/offers").json().size();
        byte[] xlsx = workbook(List.of(
                row("Good Partner", "NHS trust", "Fine offer", "A description", "FS1", "Provision", "", "", "0", "5", "Open access", "Therapist", "10", "5", "100", "Current"),
                row("", "Alien", "Bad offer", "A description", "FS9, IN2", "Maybe", "Nowhere Ward", "999999", "9", "3", "Walk", "Robot", "-4", "x", "1", "Soon")));
        Api.Response response = commissioner.upload(AREA + "/import", "audit.xlsx", xlsx);
        assertThat(response.status()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        List<String> columns = errors.valueStream().map(e -> e.get("column").asString()).toList();
        assertThat(columns).contains("Partner", "Partner type", "Outcomes", "Entry", "Localities", "Setting URNs",
                "Age from (years)", "Access route", "Delivered by", "Annual capacity", "Annual hours", "Status");
        assertThat(errors.valueStream().allMatch(e -> e.get("row").asInt() == 3)).isTrue();
        assertThat(errors.valueStream().map(e -> e.get("message").asString())).anyMatch(m -> m.contains("FS9"));
        assertThat(commissioner.get(AREA + "/offers").json().size()).isEqualTo(before);
    }

    @Test
    void aCorrectedAuditIsStoredAndImportingAgainUpdatesInsteadOfDuplicating() throws Exception {
        String ward = commissioner.get("/api/v1/areas/provision-test/localities").json().get(0).get("name").asString();
        byte[] xlsx = workbook(List.of(
                row("Import Test Trust", "NHS trust", "Import clinic", "A description", "IN3, ID3", "Provision", ward, "", "0", "18", "Referral", "Therapist", "40", "300", "15000", "Current"),
                row("Import Test Charity", "Voluntary sector", "Import group", "A description", "IN2", "Provision", "", "106074", "4", "7", "Request", "Assistant", "12", "60", "", "Current"),
                row("Import Test Charity", "Voluntary sector", "Import gap", "A description", "WW2", "Gap", "", "", "", "", "", "", "", "", "", "Current")));
        int in2Before = cell(commissioner.get(AREA + "/map").json(), "IN2").get("offers").asInt();
        Api.Response first = commissioner.upload(AREA + "/import", "audit.xlsx", xlsx);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(3);
        assertThat(first.json().get("updated").asInt()).isZero();
        Api.Response again = commissioner.upload(AREA + "/import", "audit.xlsx", xlsx);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(3);

        JsonNode map = commissioner.get(AREA + "/map").json();
        assertThat(map.get("cells").size()).isEqualTo(15);
        assertThat(cell(map, "IN2").get("offers").asInt()).isEqualTo(in2Before + 1);
        assertThat(cell(map, "WW2").get("gap").asBoolean()).isTrue();
        assertThat(cell(map, "WW2").get("recordedGaps").asInt()).isPositive();
    }

    @Test
    void exportedOffersImportAgainWithoutChange() {
        String stockport = "/api/v1/areas/stockport/provision";
        Api.Response csv = commissioner.get(stockport + "/offers.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("Partner,Partner type,Offer,Description,Outcomes");
        assertThat(csv.body().lines().count()).isGreaterThan(50);
        Api.Response reimported = commissioner.upload(stockport + "/import", "offers.csv", csv.body().getBytes(StandardCharsets.UTF_8));
        assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
        assertThat(reimported.json().get("created").asInt()).isZero();
    }

    @Test
    void aHeaderRowThatIsNotTheTemplatesIsRefused() {
        Api.Response response = commissioner.upload(AREA + "/import", "audit.csv",
                "Partner,Type,Offer\nA,NHS trust,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("row").asInt()).isEqualTo(1);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("Partner type");
    }

    @Test
    void practitionersReadTheMapButDoNotImport() {
        Api practitioner = Api.at(port).as("practitioner", "demo");
        assertThat(practitioner.get(AREA + "/map").status()).isEqualTo(200);
        assertThat(practitioner.upload(AREA + "/import", "a.csv", "x\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    static JsonNode cell(JsonNode map, String code) {
        return map.get("cells").valueStream().filter(c -> c.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Audit");
        List<String> header = AuditColumns.ALL;
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
