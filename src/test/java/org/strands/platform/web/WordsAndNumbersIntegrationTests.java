package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/** Counts read as words ("1 area", "16 errors"), numbers carry thousands separators and sensible decimals. */
@DataTest
class WordsAndNumbersIntegrationTests {

    private static final Pattern NUMERIC_CELL = Pattern.compile("govuk-table__cell--numeric\"[^>]*>([^<]*)<");
    private static final Pattern UNSEPARATED = Pattern.compile("\\d{4,}");

    @LocalServerPort
    int port;

    @Test
    void aVenuesFileWithSixteenMistakesSaysSixteenErrors() {
        StringBuilder csv = new StringBuilder("name,kind\n");
        for (int i = 1; i <= 16; i++) {
            csv.append("Castle ").append(i).append(",castle\n");
        }
        Api.Response response = Api.at(port).as("lead", "demo").upload("/api/v1/areas/stockport/venues/import", "venues.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).isEqualTo("The venues file was not imported: 16 errors. Nothing was stored.");
        Api.Response one = Api.at(port).as("lead", "demo").upload("/api/v1/areas/stockport/venues/import", "venues.csv",
                "name,kind\nCastle,castle\n".getBytes(StandardCharsets.UTF_8));
        assertThat(one.json().get("detail").asString()).isEqualTo("The venues file was not imported: 1 error. Nothing was stored.");
    }

    @Test
    void aWrongPartnerTypeNamesTheTypesAsTheyReadNotTheirCodes() {
        Api.Response response = Api.at(port).as("lead", "demo").post("/api/v1/areas/stockport/provision/offers",
                "{\"partner\":\"Someone\",\"name\":\"Words test\",\"outcomes\":[\"IN3\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("NHS trust").doesNotContain("NHS_TRUST", "(LOCAL_AUTHORITY)");
        Api.Response wrongKind = Api.at(port).as("lead", "demo").post("/api/v1/areas/stockport/provision/offers",
                "{\"partner\":\"Someone\",\"partnerType\":\"CASTLE\",\"name\":\"Words test\"}");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.json().get("detail").asString()).isEqualTo("“CASTLE” is not a valid value for partnerType.");
    }

    @Test
    void theAdminAreasCaptionCountsInWords() {
        FormSession admin = new FormSession(port);
        admin.signIn("admin", "demo");
        String page = admin.get("/admin/areas", "text/html").body();
        assertThat(page).containsPattern(">(1 area|[0-9,]+ areas)<").doesNotContain("1 areas");
    }

    @Test
    void numbersOnThePagesCarryThousandsSeparators() {
        FormSession lead = new FormSession(port);
        lead.signIn("lead", "demo");
        List<String> found = new ArrayList<>();
        for (String path : NoInternalNamesIntegrationTests.PAGES) {
            HttpResponse<String> response = lead.get(path, "text/html");
            Matcher m = NUMERIC_CELL.matcher(response.body());
            while (m.find()) {
                if (UNSEPARATED.matcher(m.group(1)).find()) {
                    found.add(path + ": " + m.group(1).strip());
                }
            }
        }
        assertThat(found).as("numbers without thousands separators").isEmpty();
        assertThat(lead.get("/areas/stockport/settings", "text/html").body()).containsPattern("numeric\">\\d,\\d{3}<");
    }

    @Test
    void theNeedWorkbookHoldsRoundedNumbersFormattedAsNumbers() throws IOException {
        byte[] xlsx = Api.at(port).as("commissioner", "demo").getBytes("/api/v1/areas/stockport/need/need.xlsx");
        List<String> unrounded = new ArrayList<>();
        int numbers = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                boolean children = sheet.getName().startsWith("By ");
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell == null || cell.getType() != CellType.NUMBER) {
                            continue;
                        }
                        numbers++;
                        BigDecimal value = cell.asNumber();
                        int allowed = children ? 0 : (value.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2);
                        if (value.stripTrailingZeros().scale() > allowed || !withThousandsSeparators(cell)) {
                            unrounded.add(sheet.getName() + " " + cell.getAddress() + ": " + cell.getRawValue() + " as "
                                    + cell.getDataFormatString() + " (" + cell.getDataFormatId() + ")");
                        }
                    }
                }
            }
        }
        assertThat(numbers).isGreaterThan(100);
        assertThat(unrounded).isEmpty();
    }

    /** Excel's built-in format 3 is #,##0; others are written out. */
    private static boolean withThousandsSeparators(Cell cell) {
        return Integer.valueOf(3).equals(cell.getDataFormatId())
                || cell.getDataFormatString() != null && cell.getDataFormatString().startsWith("#,##0");
    }
}
