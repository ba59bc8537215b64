package org.strands.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.InvalidInput;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;

/**
 * Twelve children discharged from IN3 (T-scores 45 to 56, goals met), eight open in FS2 (hidden second, as the next
 * smallest level) and three in EE1 whose 33.33 hours, £77.77 and T-score 71.3 must never be shown: not on the page, in
 * the API, the workbook or either PDF.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactExportsIntegrationTests {

    static final String PERIOD = "from=2026-01-01&to=2026-06-30";
    static final List<String> HIDDEN = List.of("33.33", "77.77", "71.3");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    ImpactMeasures measures;

    Api commissioner;

    @BeforeAll
    void twelveShownAndThreeHidden() {
        TestAreas.copyOfStockport(port, people, areas, "impact-export", "commissioner");
        commissioner = Api.at(port).as("commissioner", "demo");
        ImpactData data = new ImpactData(db, areas.find("impact-export").orElseThrow().id());
        LocalDate start = LocalDate.of(2026, 1, 10);
        for (int i = 0; i < 12; i++) {
            data.add(new ImpactData.Row(start, LocalDate.of(2026, 4, 1), new String[] {"IN3"}, new String[] {"IMPROVE"}, "Bramhall", "S1", 2,
                    6, 3, 60, 45.0 + i, 2, 2, 1.0, 2.0, 0.75, 0.8));
        }
        for (int i = 0; i < 8; i++) {
            data.add(new ImpactData.Row(start, null, new String[] {"FS2"}, new String[] {"SUSTAIN"}, "Marple", "S2", 4,
                    2, 1, 10, null, 0, 0, null, null, null, null));
        }
        for (int i = 0; i < 3; i++) {
            data.add(new ImpactData.Row(start, LocalDate.of(2026, 4, 1), new String[] {"EE1"}, new String[] {"SUSTAIN"}, "Marple", "S2", 4,
                    11.11, 1, 25.9233, 71.3, 1, 1, 1.0, 3.0, 0.5, 0.5));
        }
    }

    @Test
    void theWorkbookShowsFewerThanFiveAndNoHiddenValue() throws IOException {
        byte[] xlsx = commissioner.getBytes("/api/v1/areas/impact-export/impact.xlsx?groupBy=level&" + PERIOD);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("Impact", "Equity", "Notes");
            List<String> cells = new ArrayList<>();
            for (var sheet : sheets) {
                for (Row row : sheet.read()) {
                    row.forEach(c -> cells.add(c == null ? "" : c.getText()));
                }
            }
            assertThat(cells).contains("fewer than 5");
            HIDDEN.forEach(h -> assertThat(cells).noneMatch(c -> c.contains(h)));
            List<Row> rows = sheets.getFirst().read();
            Row universal = rows.stream().filter(r -> "Universal".equals(r.getCellText(0)) && "All directions of care".equals(r.getCellText(1)))
                    .findFirst().orElseThrow();
            assertThat(universal.getCellText(5)).as("children").isEqualTo("fewer than 5");
            Row specialist = rows.stream().filter(r -> "Specialist".equals(r.getCellText(0)) && "All directions of care".equals(r.getCellText(1)))
                    .findFirst().orElseThrow();
            assertThat(specialist.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("12");
        }
    }

    @Test
    void theReportPdfIsTaggedAndShowsFewerThanFiveAndNoHiddenValue() throws IOException {
        assertTaggedAndProtected(commissioner.getBytes("/api/v1/areas/impact-export/impact.pdf?groupBy=level&" + PERIOD), "Specialist");
    }

    @Test
    void theSummaryPdfIsWrittenFromTheFiguresAndTagged() throws IOException {
        String text = assertTaggedAndProtected(commissioner.getBytes("/api/v1/areas/impact-export/impact/summary.pdf?" + PERIOD), "Impact summary");
        assertThat(text.replaceAll("\\s+", " ")).contains("Of 15 children discharged between 1 January 2026 and 30 June 2026");
    }

    private static String assertTaggedAndProtected(byte[] pdf, String expected) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).contains("Stockport");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(expected, "fewer than 5");
            HIDDEN.forEach(h -> assertThat(text).doesNotContain(h));
            return text;
        }
    }

    @Test
    void thePagesShowTheSameProtectedFigures() {
        String page = commissioner.get("/areas/impact-export/impact?groupBy=level&" + PERIOD).body();
        assertThat(page).contains("fewer than 5", "Specialist", "<svg", "Mean T-score at discharge by level");
        HIDDEN.forEach(h -> assertThat(page).doesNotContain(h));
        String summary = commissioner.get("/areas/impact-export/impact/summary?" + PERIOD).body();
        assertThat(summary).contains("Of 15 children discharged");
        String api = commissioner.get("/api/v1/areas/impact-export/impact?groupBy=strand&" + PERIOD).body();
        assertThat(api).contains("\"suppressed\":true", "fewer than 5");
        HIDDEN.forEach(h -> assertThat(api).doesNotContain(h));
    }

    @Test
    void aBadValueOnThePageIsSaidBesideItsField() {
        String page = commissioner.get("/areas/impact-export/impact?groupBy=colour&from=yesterday").body();
        assertThat(page).contains("There is a problem", "Group the report by one of", "is not a date");
    }

    @Test
    void aMeasureIsChosenForACellAndRemovedIntoHistory() {
        Area area = areas.find("impact-export").orElseThrow();
        ImpactMeasures.Measure m = measures.choose(area, "in3", "  Goal attainment T-score at discharge ", "commissioner");
        assertThat(m.outcomeCode()).isEqualTo("IN3");
        assertThat(m.measure()).isEqualTo("Goal attainment T-score at discharge");
        assertThat(measures.chosen(area)).extracting(ImpactMeasures.Measure::id).contains(m.id());
        assertThatThrownBy(() -> measures.choose(area, "XX9", "x".repeat(201), "commissioner")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(org.strands.platform.RowError::column)
                        .containsExactly("outcome", "measure"));
        measures.remove(area, m.id(), "commissioner");
        assertThat(measures.chosen(area)).extracting(ImpactMeasures.Measure::id).doesNotContain(m.id());
        assertThat(db.sql("select removed_by from impact_measure where id = ?").param(m.id()).query(String.class).single()).isEqualTo("commissioner");
        String page = commissioner.get("/areas/impact-export/impact/measures").body();
        assertThat(page).contains("IN3: Effective intervention, specialist", "Add a measure");
    }
}
