package org.strands.place.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strands.platform.Copy;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.RowErrors;
import org.strands.platform.Utf8Text;

/**
 * Reads a reference CSV file strictly and as a stream, never holding it whole: UTF-8 (a byte-order mark is allowed),
 * every required column present, every value of the right type. Each converted row goes to a {@link Sink} as it is
 * read; the errors found are counted in {@link RowErrors} (the first {@value RowErrors#KEPT} listed). Repeated keys are
 * found by the loader once the rows are in its staging table. Rows are numbered as a spreadsheet shows them, header = 1.
 */
final class ReferenceFile {

    /** Where each converted row goes, with its row number. */
    interface Sink {
        void accept(Object[] row, long rowNumber);
    }

    /** Refuses the file at a row past the most the dataset reads. */
    interface RowLimit {
        void check(long rowNumber);
    }

    private ReferenceFile() {
    }

    /**
     * Before a file is queued: refuses a NUL character, a file that unpacks too far or too many rows at once, and counts
     * the rows the dataset would keep; -1 when that cannot be told yet (columns missing, no rows, not CSV), which loading
     * the file then reports in full.
     */
    static long count(ReferenceDataset dataset, InputStream text, RowLimit limit) {
        try (Reader reader = Utf8Text.reader(text); CSVParser csv = parser(reader)) {
            List<String> needed = new ArrayList<>(dataset.columns().stream().map(Column::header).toList());
            needed.addAll(dataset.rows().headers());
            if (!csv.getHeaderMap().keySet().containsAll(needed)) {
                return -1;
            }
            long kept = 0;
            for (CSVRecord record : csv) {
                limit.check(record.getRecordNumber() + 1);
                if (!blank(record) && dataset.rows().keeps(record)) {
                    kept++;
                }
            }
            return kept == 0 ? -1 : kept;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            Optional<Utf8Text.NotUtf8> problem = Utf8Text.Unreadable.in(e);
            if (problem.isPresent() && problem.get() instanceof Utf8Text.NulCharacter nul) {
                throw rejected(dataset, List.of(new RowError(nul.line(), "file", nul.reason())));
            }
            return -1;
        }
    }

    /**
     * Reads every row the dataset keeps, giving each converted row to the sink and adding each mistake to the errors;
     * returns how many rows were read. A file that cannot be read at all (not UTF-8, not CSV, columns missing, too many
     * rows) is refused at once.
     */
    static long read(ReferenceDataset dataset, InputStream text, RowLimit limit, Sink sink, RowErrors errors) {
        long lastRow = 1;
        long read = 0;
        try (Reader reader = Utf8Text.reader(text); CSVParser csv = parser(reader)) {
            Map<String, Integer> header = csv.getHeaderMap();
            List<String> needed = new ArrayList<>(dataset.columns().stream().map(Column::header).toList());
            needed.addAll(dataset.rows().headers());
            List<RowError> missing = new ArrayList<>();
            for (String column : needed) {
                if (!header.containsKey(column)) {
                    missing.add(new RowError(1, column, "The header row has no \"" + column + "\" column. Is this the "
                            + dataset.label() + " file?"));
                }
            }
            if (!missing.isEmpty()) {
                throw rejected(dataset, missing);
            }
            for (CSVRecord record : csv) {
                lastRow = record.getRecordNumber() + 1;
                limit.check(lastRow);
                if (blank(record) || !dataset.rows().keeps(record)) {
                    continue; // a blank or unwanted line still counts as a row, as a spreadsheet numbers it
                }
                read++;
                Object[] row = convert(dataset, record, lastRow, errors);
                if (row != null) {
                    sink.accept(row, lastRow);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            Optional<Utf8Text.NotUtf8> problem = Utf8Text.Unreadable.in(e);
            if (problem.isPresent()) {
                throw rejected(dataset, List.of(problem.get() instanceof Utf8Text.NulCharacter nul
                        ? new RowError(nul.line(), "file", nul.reason()) : notUtf8(problem.get().line())));
            }
            errors.add(new RowError(lastRow + 1, "file", e instanceof IOException && !(e instanceof UncheckedIOException)
                    ? "The file could not be read: " + e.getMessage() : "This row cannot be read as CSV: " + rootMessage(e)));
        }
        if (read == 0 && errors.isEmpty()) {
            errors.add(new RowError(2, "file", "The file has a header row but no data."));
        }
        return read;
    }

    private static CSVParser parser(Reader reader) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(false).get().parse(new RowLengthGuard(reader));
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

    static InvalidInput rejected(ReferenceDataset dataset, List<RowError> errors) {
        RowErrors all = new RowErrors();
        errors.forEach(all::add);
        return rejected(dataset, all);
    }

    /** Every error counted, the first {@value RowErrors#KEPT} listed. */
    static InvalidInput rejected(ReferenceDataset dataset, RowErrors errors) {
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
