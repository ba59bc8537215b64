package org.strands.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strands.platform.BadValue;
import org.strands.platform.Numbers;
import org.strands.platform.RowError;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;
import org.strands.platform.Uploads;
import org.strands.platform.Utf8Text;

/**
 * A file of rating descriptors: a CSV with the columns {@code domain}, {@code score} and {@code words}, at least every
 * whole point from 0 to 5 of every domain, half points if the area has words for them. Read within the limits of
 * {@link Uploads}; every mistake is named by its row and column, and one mistake refuses the whole file.
 */
final class RatingDescriptorFile {

    static final List<String> COLUMNS = List.of("domain", "score", "words");

    private RatingDescriptorFile() {
    }

    static List<RatingDescriptor> read(InputStream in, Uploads uploads) {
        List<RowError> errors = new ArrayList<>();
        List<RatingDescriptor> descriptors = new ArrayList<>();
        boolean readable = false;
        try (Reader reader = new StringReader(Utf8Text.decode(uploads.limited(in).readAllBytes()));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                     .setTrim(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get().parse(reader)) {
            for (String column : COLUMNS) {
                if (csv.getHeaderNames().stream().noneMatch(h -> h.equalsIgnoreCase(column))) {
                    errors.add(new RowError(1, column, "The header row has no “" + column + "” column. Expected: domain, score, words."));
                }
            }
            if (errors.isEmpty()) {
                Set<String> seen = new HashSet<>();
                for (CSVRecord record : csv) {
                    long row = record.getRecordNumber() + 1;
                    uploads.checkRow(row);
                    if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                        continue;
                    }
                    readRow(record, row, seen, errors).ifPresent(descriptors::add);
                }
                readable = true;
            }
        } catch (Utf8Text.NulCharacter e) {
            errors.add(new RowError(e.line(), "file", e.reason()));
        } catch (Utf8Text.NotUtf8 e) {
            errors.add(new RowError(e.line(), "file", "This row is not UTF-8 text. Save the file as CSV UTF-8 and try again."));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(0, "file", "The file is not readable UTF-8 CSV. Save it as CSV UTF-8 and try again."));
        }
        if (readable) {
            missingWholePoints(descriptors, errors);
        }
        if (!errors.isEmpty()) {
            throw RowErrors.refusal("The descriptors were not loaded: nothing was changed.", errors);
        }
        return descriptors;
    }

    private static Optional<RatingDescriptor> readRow(CSVRecord record, long row, Set<String> seen, List<RowError> errors) {
        String domainText = get(record, "domain");
        String scoreText = get(record, "score");
        String words = get(record, "words");
        Optional<String> domain = domain(domainText);
        if (domain.isEmpty()) {
            errors.add(new RowError(row, "domain", domainText.isEmpty() ? "Enter the domain."
                    : "“" + shortened(domainText) + "” is not a domain: use impairment, activity, participation, wellbeing or carer wellbeing."));
        }
        BigDecimal score = null;
        try {
            score = scoreText.isEmpty() ? null : Numbers.decimal(scoreText);
        } catch (BadValue e) {
            score = null;
        }
        if (score == null || !onScale(score)) {
            errors.add(new RowError(row, "score", scoreText.isEmpty() ? "Enter the score, from 0 to 5."
                    : "“" + shortened(scoreText) + "” is not a score: use 0 to 5 in whole or half points, such as 2 or 2.5."));
            score = null;
        }
        if (words.isEmpty()) {
            errors.add(new RowError(row, "words", "Enter the words for this score."));
        } else if (words.length() > TextLimits.DESCRIPTION) {
            errors.add(new RowError(row, "words", "Keep the words to 5,000 characters (these have "
                    + String.format(Locale.UK, "%,d", words.length()) + ")."));
            words = "";
        }
        if (domain.isEmpty() || score == null || words.isEmpty()) {
            return Optional.empty();
        }
        if (!seen.add(domain.get() + "/" + score.stripTrailingZeros().toPlainString())) {
            errors.add(new RowError(row, "score", "There is already a row for " + label(domain.get()) + " at "
                    + score.stripTrailingZeros().toPlainString() + "."));
            return Optional.empty();
        }
        return Optional.of(new RatingDescriptor(domain.get(), score.setScale(1), words));
    }

    private static void missingWholePoints(List<RatingDescriptor> descriptors, List<RowError> errors) {
        for (String domain : RatingScales.DOMAINS) {
            List<String> missing = new ArrayList<>();
            for (int s = 0; s <= 5; s++) {
                BigDecimal score = BigDecimal.valueOf(s);
                if (descriptors.stream().noneMatch(d -> d.domain().equals(domain) && d.score().compareTo(score) == 0)) {
                    missing.add(String.valueOf(s));
                }
            }
            if (!missing.isEmpty()) {
                errors.add(new RowError(0, "file", "There are no words for " + label(domain) + " at " + String.join(", ", missing)
                        + ": every domain needs words at each whole point from 0 to 5."));
            }
        }
    }

    /** The domain as stored, from its stored form or as people write it ("Carer wellbeing", "carer-wellbeing"). */
    static Optional<String> domain(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String d = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return RatingScales.DOMAINS.contains(d) ? Optional.of(d) : Optional.empty();
    }

    /** Whether the score is 0 to 5 in whole or half points. */
    static boolean onScale(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(5)) <= 0
                && score.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
    }

    /** The domain in words, lower case, for sentences. */
    static String label(String domain) {
        return domain.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String get(CSVRecord record, String column) {
        for (String header : record.getParser().getHeaderNames()) {
            if (header.equalsIgnoreCase(column)) {
                return record.isSet(header) && record.get(header) != null ? record.get(header).strip() : "";
            }
        }
        return "";
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
