package org.strands.accreditation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;
import org.strands.platform.Formats;
import org.strands.platform.Spreadsheet;

/**
 * The area's view of the scheme to download: one row per setting's latest journey, as CSV or as a workbook with a second
 * sheet of the criteria's average scores. A CSV cell a spreadsheet would run as a formula starts with an apostrophe.
 */
@Service
public class SchemeExports {

    static final List<String> HEADER = List.of("School or setting", "URN", "Phase", "Locality", "Cohort", "Mentor", "Status", "Joined",
            "Months in the scheme", "Awarded", "Expires", "Criteria rated", "Average score (0 not yet to 3 embedded)");

    private final SchemeDashboard dashboard;

    SchemeExports(SchemeDashboard dashboard) {
        this.dashboard = dashboard;
    }

    public String csv(Area area, SchemeDashboard.Filter filter) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (SchemeDashboard.Row r : dashboard.rows(area, filter)) {
                List<String> cells = new ArrayList<>();
                for (Object cell : cells(r)) {
                    cells.add(guarded(text(cell)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] xlsx(Area area, SchemeDashboard.Filter filter) {
        SchemeDashboard.Figures figures = dashboard.figures(area, filter);
        List<List<Object>> rows = figures.rows().stream().map(SchemeExports::cells).toList();
        List<List<Object>> criteria = figures.weakest().stream()
                .map(c -> List.<Object>of(c.code(), c.title(), c.strand(), c.average(), c.settings())).toList();
        return Spreadsheet.of(List.of(new Spreadsheet.Sheet("Settings", HEADER, rows),
                new Spreadsheet.Sheet("Criteria", List.of("Code", "Criterion", "Strand", "Average score (0 not yet to 3 embedded)",
                        "Settings that rated it"), criteria)));
    }

    private static List<Object> cells(SchemeDashboard.Row r) {
        Enrolment e = r.journey();
        List<Object> cells = new ArrayList<>();
        cells.add(e.setting());
        cells.add(r.urn());
        cells.add(r.phase());
        cells.add(r.locality());
        cells.add(e.cohort());
        cells.add(e.mentorName());
        cells.add(e.status().label());
        cells.add(Formats.ukDate(e.joinedOn()));
        cells.add(r.monthsIn());
        cells.add(e.awardedOn() == null ? null : Formats.ukDate(e.awardedOn()));
        cells.add(e.expiresOn() == null ? null : Formats.ukDate(e.expiresOn()));
        cells.add(r.ratings());
        cells.add(r.averageScore() == null ? null : Formats.rounded(r.averageScore(), 2));
        return cells;
    }

    private static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case java.math.BigDecimal d -> d.toPlainString();
            case Number n -> String.valueOf(n);
            default -> cell.toString();
        };
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe; a plain number does not. */
    static String guarded(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("^-?[0-9.,]+$")
                ? "'" + value : value;
    }
}
