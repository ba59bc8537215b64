package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CopyAndFormatsTests {

    private final Formats formats = new Formats();

    /** One key, one wording: a key in two bundles would show the first bundle's words on the other's page. */
    @Test
    void noKeyIsWrittenInTwoBundles() throws java.io.IOException {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (String bundle : Copy.BUNDLES) {
            java.util.Properties words = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle + ".properties")) {
                words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : words.stringPropertyNames()) {
                assertThat(seen.put(key, bundle)).as("%s is in %s and %s", key, seen.get(key), bundle).isNull();
            }
        }
    }

    @Test
    void countsReadAsWordsWithThousandsSeparators() {
        assertThat(Copy.of("count.areas", 0)).isEqualTo("No areas");
        assertThat(Copy.of("count.areas", 1)).isEqualTo("1 area");
        assertThat(Copy.of("count.areas", 2)).isEqualTo("2 areas");
        assertThat(Copy.of("count.areas", 14500)).isEqualTo("14,500 areas");
        assertThat(Copy.of("count.errors", 16)).isEqualTo("16 errors");
        assertThat(Copy.of("input.venuesRejected", 1)).isEqualTo("The venues file was not imported: 1 error. Nothing was stored.");
        assertThat(Copy.of("input.fileRejectedFirst", "schools", 1000, 1000))
                .isEqualTo("The schools file was not loaded: 1,000 errors (showing the first 1,000). Nothing from it was stored.");
    }

    @Test
    void numbersHaveThousandsSeparatorsAndSensibleDecimals() {
        assertThat(formats.whole(14500)).isEqualTo("14,500");
        assertThat(formats.whole(558.4799999999999)).isEqualTo("558");
        assertThat(formats.number(558.4799999999999)).isEqualTo("558.48");
        assertThat(formats.number(1950.0)).isEqualTo("1,950");
        assertThat(formats.decimal(1234.25, 1)).isEqualTo("1,234.3");
        assertThat(formats.whole(null)).isEmpty();
        assertThat(Formats.rounded(558.4799999999999, 2)).hasToString("558.48");
        assertThat(Formats.rounded(2310.0, 2)).hasToString("2310");
    }

    @Test
    void datesReadTheBritishWayInLondonTime() {
        assertThat(formats.date(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
        // 23:30 UTC on 30 June is already 1 July in London (British Summer Time)
        assertThat(formats.date(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 July 2026");
        assertThat(formats.dateTime(OffsetDateTime.parse("2026-12-02T09:05:00Z"))).isEqualTo("2 December 2026, 09:05");
        assertThat(formats.dateTime(OffsetDateTime.parse("2026-07-02T09:05:00Z"))).isEqualTo("2 July 2026, 10:05");
    }
}
