package org.strands.provision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.Uploads;

/**
 * The provision audit as a spreadsheet: the template to fill in, reading a filled-in one, and the area's
 * offers written in the same columns, so that an export can be edited and imported again.
 */
final class AuditWorkbook {

    private AuditWorkbook() {
    }

    static byte[] template(List<String> localityNames) {
        return write(List.of(), localityNames);
    }

    static byte[] offers(List<Offer> offers, List<String> localityNames) {
        return write(offers.stream().map(AuditWorkbook::cells).toList(), localityNames);
    }

    /** The offer as the audit's cells, in the order of {@link AuditColumns#ALL}. */
    static List<String> cells(Offer o) {
        return List.of(o.partner(), o.partnerType().label(), o.name(), text(o.description()), String.join(", ", o.outcomes()),
                o.entry().label(), String.join(", ", o.localities()), String.join(", ", o.settingRefs()), text(o.ageFrom()),
                text(o.ageTo()), o.accessRoute() == null ? "" : o.accessRoute().label(),
                o.deliveredBy() == null ? "" : o.deliveredBy().label(), text(o.annualCapacity()), text(o.annualHours()),
                text(o.annualCost()), o.status().label());
    }

    /** Reads the first sheet row by row, once {@link Uploads} has checked the workbook, refusing too many rows. */
    static List<AuditRow> read(InputStream in, Uploads uploads) {
        try (Uploads.CheckedWorkbook checked = uploads.workbook(in);
             Stream<Row> stream = checked.workbook().getFirstSheet().openStream()) {
            List<String> header = null;
            List<Numbered> rows = new ArrayList<>();
            for (Row row : (Iterable<Row>) stream::iterator) {
                uploads.checkRow(row.getRowNum());
                if (header == null) {
                    header = texts(row, Math.max(AuditColumns.ALL.size(), row.getCellCount())).stream().map(String::strip).toList();
                } else {
                    rows.add(new Numbered(row.getRowNum(), texts(row, AuditColumns.ALL.size())));
                }
            }
            if (header == null) {
                throw new InvalidInput("The spreadsheet is empty.", List.of(new RowError(1, "file", "The first sheet is empty: it needs the template's header row.")));
            }
            return rows(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("The file is not an Excel workbook (.xlsx).",
                    List.of(new RowError(0, "file", "The file could not be read as an Excel workbook (.xlsx). Save it as .xlsx, or as CSV UTF-8, and try again.")));
        }
    }

    record Numbered(long row, List<String> cells) {
    }

    /** The row's cells as text by column position: a spreadsheet leaves empty cells out. */
    private static List<String> texts(Row row, int columns) {
        String[] texts = new String[Math.max(columns, row.getCellCount())];
        java.util.Arrays.fill(texts, "");
        row.forEach(cell -> {
            if (cell != null && cell.getColumnIndex() < texts.length) {
                texts[cell.getColumnIndex()] = cell.getText() == null ? "" : cell.getText();
            }
        });
        return List.of(texts);
    }

    /** Checks the header row is exactly the template's and turns the rest into audit rows. */
    static List<AuditRow> rows(List<String> header, List<Numbered> rows) {
        List<String> trimmed = new ArrayList<>(header);
        while (!trimmed.isEmpty() && trimmed.getLast().isBlank()) {
            trimmed.removeLast();
        }
        if (!trimmed.equals(AuditColumns.ALL)) {
            List<RowError> errors = new ArrayList<>();
            for (int c = 0; c < AuditColumns.ALL.size(); c++) {
                String expected = AuditColumns.ALL.get(c);
                String found = c < trimmed.size() ? trimmed.get(c) : "";
                if (!expected.equals(found)) {
                    errors.add(new RowError(1, expected, "Column " + (c + 1) + " of the header row should be \"" + expected
                            + "\"" + (found.isEmpty() ? " but is empty." : " but is \"" + found + "\".") + " Start from the template."));
                }
            }
            if (errors.isEmpty()) {
                errors.add(new RowError(1, trimmed.get(AuditColumns.ALL.size()), "The header row has more columns than the template."));
            }
            throw new InvalidInput("The audit was not imported: the header row is not the template's.", errors);
        }
        return rows.stream().map(r -> {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < AuditColumns.ALL.size(); c++) {
                cells.put(AuditColumns.ALL.get(c), c < r.cells().size() ? r.cells().get(c) : "");
            }
            return new AuditRow(r.row(), cells);
        }).toList();
    }

    private static byte[] write(List<List<String>> rows, List<String> localityNames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Strands", "1.0");
            Worksheet audit = workbook.newWorksheet("Audit");
            for (int c = 0; c < AuditColumns.ALL.size(); c++) {
                audit.value(0, c, AuditColumns.ALL.get(c));
                audit.style(0, c).bold().set();
                audit.width(c, c == 3 ? 50 : 20);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    write(audit, r + 1, c, cells.get(c));
                }
            }
            AllowedValuesSheet.write(workbook.newWorksheet("Allowed values"), localityNames);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean numeric = column >= 8 && column <= 9 || column >= 12 && column <= 14;
        if (numeric) {
            sheet.value(row, column, new BigDecimal(value));
        } else {
            sheet.value(row, column, value);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
