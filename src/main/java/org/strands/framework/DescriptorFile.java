package org.strands.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.Uploads;
import org.strands.platform.Utf8Text;

/** A descriptor set file: a CSV with {@code code} and {@code descriptor} columns and all fifteen codes once. */
record DescriptorFile(Map<String, String> wording) {

    static final int MAX_LENGTH = 2000;

    /** An uploaded descriptor set, read within the limits of {@link Uploads}. */
    static DescriptorFile read(InputStream in, Uploads uploads) {
        return read(uploads.limited(in), uploads::checkRow);
    }

    static DescriptorFile read(InputStream in) {
        return read(in, row -> { });
    }

    private static DescriptorFile read(InputStream in, java.util.function.LongConsumer checkRow) {
        List<RowError> errors = new ArrayList<>();
        Map<String, String> wording = new LinkedHashMap<>();
        boolean readable = false;
        try (Reader reader = new StringReader(Utf8Text.decode(in.readAllBytes()));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreHeaderCase(true).setTrim(true).setAllowMissingColumnNames(true)
                     .setIgnoreEmptyLines(false).get().parse(reader)) {
            for (String column : List.of("code", "descriptor")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    errors.add(new RowError(1, column, "The header row has no \"" + column + "\" column."));
                }
            }
            if (errors.isEmpty()) {
                for (CSVRecord row : csv) {
                    checkRow.accept(row.getRecordNumber() + 1);
                    if (row.stream().anyMatch(v -> v != null && !v.isBlank())) {
                        readRow(row, wording, errors);
                    }
                }
                readable = true;
            }
        } catch (Utf8Text.NulCharacter e) {
            errors.add(new RowError(e.line(), "file", e.reason()));
        } catch (Utf8Text.NotUtf8 e) {
            errors.add(new RowError(e.line(), "file", "This row is not UTF-8 text. Save the file as CSV UTF-8 and try again."));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(0, "file", "The file is not a readable CSV file: " + e.getMessage()));
        }
        if (readable) {
            OutcomeCode.ALL.stream().map(OutcomeCode::code).filter(c -> !wording.containsKey(c))
                    .forEach(c -> errors.add(new RowError(0, "file", "There is no row for " + c + ": every one of the fifteen outcomes needs a descriptor.")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The descriptor set was not loaded.", errors);
        }
        return new DescriptorFile(Map.copyOf(wording));
    }

    private static void readRow(CSVRecord row, Map<String, String> wording, List<RowError> errors) {
        long line = row.getRecordNumber() + 1;
        String text = row.isSet("code") ? row.get("code") : "";
        Optional<OutcomeCode> code = OutcomeCode.parse(text);
        String descriptor = row.isSet("descriptor") ? row.get("descriptor") : "";
        if (code.isEmpty()) {
            errors.add(new RowError(line, "code", "\"" + text + "\" is not an outcome code: use FS1 to IN3."));
        } else if (wording.containsKey(code.get().code())) {
            errors.add(new RowError(line, "code", code.get().code() + " appears more than once."));
        }
        if (descriptor.isBlank()) {
            errors.add(new RowError(line, "descriptor", "The descriptor is empty."));
        } else if (descriptor.length() > MAX_LENGTH) {
            errors.add(new RowError(line, "descriptor", "The descriptor is longer than " + MAX_LENGTH + " characters."));
        }
        if (code.isPresent() && !descriptor.isBlank()) {
            wording.putIfAbsent(code.get().code(), descriptor);
        }
    }
}
