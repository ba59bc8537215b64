package org.strands.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strands.platform.BadValue;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import org.strands.platform.RowError;
import org.strands.platform.RowErrors;
import org.strands.platform.Uploads;
import org.strands.platform.Utf8Text;

/** A venues CSV: columns name, kind, address, postcode, lsoa, latitude, longitude (name and kind required). */
final class VenueCsv {

    static final List<String> COLUMNS = List.of("name", "kind", "address", "postcode", "lsoa", "latitude", "longitude");

    record Line(long row, VenueDetails details) {
    }

    private VenueCsv() {
    }

    /** Reads the file within the limits of {@link Uploads}: refused at once when too large or too long. */
    static List<Line> read(InputStream in, Uploads uploads) {
        List<RowError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        try (Reader reader = new StringReader(Utf8Text.decode(uploads.limited(in).readAllBytes()));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                     .setTrim(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get().parse(reader)) {
            for (String column : List.of("name", "kind")) {
                if (!csv.getHeaderMap().keySet().stream().anyMatch(h -> h.equalsIgnoreCase(column))) {
                    errors.add(new RowError(1, column, "The header row has no \"" + column + "\" column. Expected: " + String.join(", ", COLUMNS) + "."));
                }
            }
            if (errors.isEmpty()) {
                for (CSVRecord record : csv) {
                    long row = record.getRecordNumber() + 1;
                    uploads.checkRow(row);
                    if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                        continue; // blank lines keep their row numbers
                    }
                    lines.add(new Line(row, new VenueDetails(get(record, "name"), get(record, "kind"), get(record, "address"),
                            get(record, "postcode"), get(record, "lsoa"), number(record, "latitude", row, errors),
                            number(record, "longitude", row, errors))));
                }
            }
        } catch (Utf8Text.NulCharacter e) {
            errors.add(new RowError(e.line(), "file", e.reason()));
        } catch (Utf8Text.NotUtf8 e) {
            errors.add(new RowError(e.line(), "file", "This row is not UTF-8 text. Save the file as CSV UTF-8 and try again."));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(0, "file", "The file is not readable UTF-8 CSV. Save it as CSV UTF-8 and try again."));
        }
        if (!errors.isEmpty()) {
            throw RowErrors.refusal("The venues file was not imported. Nothing was stored.", errors);
        }
        return lines;
    }

    private static String get(CSVRecord record, String column) {
        for (String header : record.getParser().getHeaderNames()) {
            if (header.equalsIgnoreCase(column)) {
                return record.isSet(header) ? record.get(header) : null;
            }
        }
        return null;
    }

    private static Double number(CSVRecord record, String column, long row, List<RowError> errors) {
        String text = get(record, column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Numbers.decimal(text).doubleValue();
        } catch (BadValue e) {
            errors.add(new RowError(row, column, e.getMessage()));
            return null;
        }
    }
}
