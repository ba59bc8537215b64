package org.strands.place.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strands.platform.Copy;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.RowErrors;
import org.strands.platform.Uploads;
import org.strands.platform.Utf8Text;

/**
 * Reads a reference CSV file strictly: UTF-8 (a byte-order mark is allowed), every required column
 * present, every value of the right type, keys unique. Returns the converted rows, or throws with every
 * error found (the first {@value RowErrors#KEPT} listed, all counted); rows are numbered as a spreadsheet shows them, header = 1.
 */
final class ReferenceFile {

    private ReferenceFile() {
    }

    /**
     * Before a file is queued: refuses a NUL character or too many rows at once, and counts the rows the dataset would
     * keep; -1 when that cannot be told yet (columns missing, no rows, not CSV), which loading the file then reports in full.
     */
    static long count(ReferenceDataset dataset, byte[] content, Uploads uploads) {
        try {
            Utf8Text.refuseNul(content);
        } catch (Utf8Text.NulCharacter e) {
            throw rejected(dataset, List.of(new RowError(e.line(), "file", e.reason())));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).setIgnoreEmptyLines(false).get().parse(reader)) {
            List<String> needed = new ArrayList<>(dataset.columns().stream().map(Column::header).toList());
            needed.addAll(dataset.rows().headers());
            if (!csv.getHeaderMap().keySet().containsAll(needed)) {
                return -1;
            }
            long kept = 0;
            for (CSVRecord record : csv) {
                uploads.checkRow(record.getRecordNumber() + 1);
                if (!blank(record) && dataset.rows().keeps(record)) {
                    kept++;
                }
            }
            return kept == 0 ? -1 : kept;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return -1;
        }
    }

    static List<Object[]> read(ReferenceDataset dataset, InputStream in) {
        RowErrors errors = new RowErrors();
        List<Object[]> rows = new ArrayList<>();
        long lastRow = 1;
        String text;
        try {
            text = Utf8Text.decode(in.readAllBytes());
        } catch (Utf8Text.NulCharacter e) {
            throw rejected(dataset, List.of(new RowError(e.line(), "file", e.reason())));
        } catch (Utf8Text.NotUtf8 e) {
            throw rejected(dataset, List.of(notUtf8(e.line())));
        } catch (IOException e) {
            throw rejected(dataset, List.of(new RowError(0, "file", "The file could not be read: " + e.getMessage())));
        }
        try (Reader reader = new StringReader(text);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).setIgnoreEmptyLines(false).get().parse(reader)) {
            Map<String, Integer> header = csv.getHeaderMap();
            List<String> needed = new ArrayList<>(dataset.columns().stream().map(Column::header).toList());
            needed.addAll(dataset.rows().headers());
            for (String column : needed) {
                if (!header.containsKey(column)) {
                    errors.add(new RowError(1, column, "The header row has no \"" + column + "\" column. Is this the "
                            + dataset.label() + " file?"));
                }
            }
            if (!errors.isEmpty()) {
                throw rejected(dataset, errors);
            }
            Map<Object, Long> keys = new HashMap<>();
            for (CSVRecord record : csv) {
                lastRow = record.getRecordNumber() + 1;
                if (blank(record) || !dataset.rows().keeps(record)) {
                    continue; // a blank or unwanted line still counts as a row, as a spreadsheet numbers it
                }
                Object[] row = convert(dataset, record, lastRow, errors);
                if (row != null) {
                    List<Object> key = java.util.Arrays.asList(row).subList(0, dataset.key().size());
                    Long first = keys.putIfAbsent(key, lastRow);
                    if (first != null) {
                        errors.add(new RowError(lastRow, dataset.key().getLast().header(), String.join(" and ",
                                key.stream().map(String::valueOf).toList()) + " appears again (first on row " + first + ")."));
                    }
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(lastRow + 1, "file", "This row cannot be read as CSV: " + rootMessage(e)));
        } catch (IOException e) {
            errors.add(new RowError(lastRow + 1, "file", "The file could not be read: " + e.getMessage()));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, "file", "The file has a header row but no data."));
        }
        if (!errors.isEmpty()) {
            throw rejected(dataset, errors);
        }
        return rows;
    }

    static boolean blank(CSVRecord record) {
        return record.stream().allMatch(v -> v == null || v.isBlank());
    }

    private static Object[] convert(ReferenceDataset dataset, CSVRecord record, long rowNumber, RowErrors errors) {
        List<Column> columns = dataset.columns();
        Object[] values = new Object[columns.size()];
        boolean ok = true;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String raw = record.isSet(column.header()) ? record.get(column.header()) : "";
            try {
                values[i] = column.type().convert(raw);
                if (values[i] == null && column.required()) {
                    errors.add(new RowError(rowNumber, column.header(), "This value is missing."));
                    ok = false;
                }
            } catch (ColumnType.BadValue e) {
                errors.add(new RowError(rowNumber, column.header(), e.getMessage() + "."));
                ok = false;
            }
        }
        return ok ? values : null;
    }

    private static RowError notUtf8(long row) {
        return new RowError(row, "file", "This row is not UTF-8 text. Save the file as CSV UTF-8 and try again.");
    }

    private static InvalidInput rejected(ReferenceDataset dataset, List<RowError> errors) {
        RowErrors all = new RowErrors();
        errors.forEach(all::add);
        return rejected(dataset, all);
    }

    /** Every error counted, the first {@value RowErrors#KEPT} listed. */
    private static InvalidInput rejected(ReferenceDataset dataset, RowErrors errors) {
        return errors.refused(errors.total() > RowErrors.KEPT
                ? Copy.of("input.fileRejectedFirst", dataset.label(), errors.total(), RowErrors.KEPT)
                : Copy.of("input.fileRejected", dataset.label(), errors.total()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
