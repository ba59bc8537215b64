package org.strands.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.Utf8Text;

/**
 * A criteria file: a CSV with the columns {@code code}, {@code applies_to} (all, early years or school; all when
 * empty), {@code strand}, {@code level}, {@code title} and {@code description}. Every row is checked and every fault
 * named by row, column and reason; a code is either for all settings or has its own early years and school wording.
 */
record CriteriaFile(List<Row> rows) {

    static final int MAX_ROWS = 500;
    static final List<String> COLUMNS = List.of("code", "applies_to", "strand", "level", "title", "description");

    enum AppliesTo { ALL, EARLY_YEARS, SCHOOL }

    record Row(long line, String code, AppliesTo appliesTo, Strand strand, Level level, String title, String description) {
    }

    static CriteriaFile read(InputStream in) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(Utf8Text.decode(in.readAllBytes()));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                     .setTrim(true).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            for (String column : COLUMNS) {
                if (!"applies_to".equals(column) && !csv.getHeaderMap().containsKey(column)) {
                    errors.add(new RowError(1, column, "The header row has no \"" + column + "\" column."));
                }
            }
            if (errors.isEmpty()) {
                for (CSVRecord record : csv) {
                    long line = record.getRecordNumber() + 1;
                    if (line > MAX_ROWS + 1) {
                        errors.add(new RowError(line, "file", "A criteria file may have at most " + MAX_ROWS + " rows."));
                        break;
                    }
                    readRow(record, line, errors).ifPresent(rows::add);
                }
            }
        } catch (Utf8Text.NulCharacter e) {
            errors.add(new RowError(e.line(), "file", e.reason()));
        } catch (Utf8Text.NotUtf8 e) {
            errors.add(new RowError(e.line(), "file", "This row is not UTF-8 text. Save the file as CSV UTF-8 and try again."));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(0, "file", "The file is not a readable CSV file."));
        }
        if (errors.isEmpty()) {
            checkCodes(rows, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The criteria were not loaded.", errors);
        }
        return new CriteriaFile(List.copyOf(rows));
    }

    private static Optional<Row> readRow(CSVRecord record, long line, List<RowError> errors) {
        int before = errors.size();
        String code = text(record, "code");
        if (code.isEmpty() || code.length() > 20 || !code.matches("[A-Za-z0-9.\\-]+")) {
            errors.add(new RowError(line, "code", "A code is 1 to 20 letters, digits, dots or dashes, such as FS1.1."));
        }
        String applies = text(record, "applies_to").toUpperCase(Locale.UK).replace(' ', '_');
        AppliesTo appliesTo = applies.isEmpty() ? AppliesTo.ALL : Arrays.stream(AppliesTo.values())
                .filter(a -> a.name().equals(applies) || (a == AppliesTo.SCHOOL && applies.equals("SCHOOLS"))).findFirst().orElse(null);
        if (appliesTo == null) {
            errors.add(new RowError(line, "applies_to", "\"" + text(record, "applies_to") + "\" is not all, early years or school."));
        }
        String strandText = text(record, "strand");
        Strand strand = Arrays.stream(Strand.values()).filter(s -> s.name().equalsIgnoreCase(strandText)
                || s.label().equalsIgnoreCase(strandText) || s.prefix().equalsIgnoreCase(strandText)).findFirst().orElse(null);
        if (strand == null) {
            errors.add(new RowError(line, "strand", "\"" + strandText + "\" is not a strand: use FS, EE, WW, ID or IN, or a strand's name."));
        }
        String levelText = text(record, "level");
        Level level = Arrays.stream(Level.values()).filter(l -> l.name().equalsIgnoreCase(levelText)
                || l.label().equalsIgnoreCase(levelText) || String.valueOf(l.number()).equals(levelText)).findFirst().orElse(null);
        if (level == null) {
            errors.add(new RowError(line, "level", "\"" + levelText + "\" is not a level: use universal, targeted or specialist."));
        }
        String title = text(record, "title");
        if (title.isEmpty() || title.length() > 200) {
            errors.add(new RowError(line, "title", "A title is 1 to 200 characters."));
        }
        String description = text(record, "description");
        if (description.isEmpty() || description.length() > 2000) {
            errors.add(new RowError(line, "description", "A description is 1 to 2,000 characters."));
        }
        return errors.size() > before ? Optional.empty()
                : Optional.of(new Row(line, code.toUpperCase(Locale.UK), appliesTo, strand, level, title, description));
    }

    private static void checkCodes(List<Row> rows, List<RowError> errors) {
        Map<String, Set<AppliesTo>> seen = new HashMap<>();
        for (Row row : rows) {
            Set<AppliesTo> kinds = seen.computeIfAbsent(row.code(), c -> new HashSet<>());
            boolean clash = !kinds.add(row.appliesTo()) || kinds.contains(AppliesTo.ALL) && kinds.size() > 1;
            if (clash) {
                errors.add(new RowError(row.line(), "code", row.code() + " appears twice for the same settings: a code is for all "
                        + "settings, or has one row for early years and one for schools."));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(0, "file", "The file has no criteria."));
        }
    }

    private static String text(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) && record.get(column) != null ? record.get(column).strip() : "";
    }
}
