package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The one parser per kind of value that forms, spreadsheet rows and the API share. */
class ValueParsersTests {

    @Example
    void numbersAreReadAsPeopleWriteThem() throws BadValue {
        assertThat(Numbers.decimal("1500")).isEqualByComparingTo("1500");
        assertThat(Numbers.decimal(" 1,500 ")).isEqualByComparingTo("1500");
        assertThat(Numbers.decimal("1,234,567.25")).isEqualByComparingTo("1234567.25");
        assertThat(Numbers.decimal("£2,000")).isEqualByComparingTo("2000");
        assertThat(Numbers.decimal("-3.5")).isEqualByComparingTo("-3.5");
        assertThat(Numbers.decimal("  ")).isNull();
        assertThat(Numbers.whole("12.0")).isEqualTo(12L);
        assertThat(Numbers.decimal("4.9029206315748686e-05")).isEqualByComparingTo("0.000049029206315748686");
    }

    @Example
    void aDecimalCommaIsRefusedWithAPlainMessage() {
        for (String text : List.of("1,5", "12,50", "1,50,000", "1.500,25")) {
            assertThatThrownBy(() -> Numbers.decimal(text)).isInstanceOf(BadValue.class)
                    .hasMessage("\"" + text + "\" is not a number: use a full stop for decimals (1.5) and commas only between thousands (1,500).");
        }
    }

    @Example
    void exponentsWordsAndHugeTextAreNotNumbers() {
        assertThatThrownBy(() -> Numbers.decimal("1e999999999")).hasMessage("\"1e999999999\" is not a number.");
        assertThatThrownBy(() -> Numbers.decimal("north")).hasMessage("\"north\" is not a number.");
        assertThatThrownBy(() -> Numbers.decimal("9".repeat(60))).hasMessageContaining("too long");
        assertThatThrownBy(() -> Numbers.whole("2.5")).hasMessage("\"2.5\" is not a whole number.");
        assertThatThrownBy(() -> Numbers.wholeInt("99999999999")).hasMessage("\"99999999999\" is too large.");
    }

    @Property
    void everyWholeNumberReadsBackWithOrWithoutThousandsSeparators(@ForAll long n) throws BadValue {
        assertThat(Numbers.whole(Long.toString(n))).isEqualTo(n);
        assertThat(Numbers.whole(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n))).isEqualTo(n);
    }

    @Property
    void everyDecimalReadsBack(@ForAll @LongRange(min = -999_999_999_99L, max = 999_999_999_99L) long cents) throws BadValue {
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        assertThat(Numbers.decimal(value.toPlainString())).isEqualByComparingTo(value);
        assertThat(Numbers.decimal(new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(value)))
                .isEqualByComparingTo(value);
    }

    @Property
    void aCommaBeforeFewerThanThreeDigitsIsNeverANumber(@ForAll @LongRange(min = 0, max = 999) long whole,
            @ForAll @LongRange(min = 0, max = 99) long part) {
        String text = whole + "," + part;
        assertThatThrownBy(() -> Numbers.decimal(text)).isInstanceOf(BadValue.class).hasMessageContaining("full stop for decimals");
    }

    @Example
    void datesAreReadAsWrittenInTheUk() throws BadValue {
        LocalDate end = LocalDate.of(2027, 3, 31);
        for (String text : List.of("31/03/2027", "31/3/2027", "31 3 2027", "31-03-2027", "31.03.2027", "31 March 2027",
                "31 mar 2027", "2027-03-31", " 31 / 03 / 2027 ")) {
            assertThat(Dates.date(text)).as(text).isEqualTo(end);
        }
        assertThat(Dates.date("")).isNull();
        assertThat(Dates.date("31", "3", "2027")).isEqualTo(end);
        assertThat(Dates.date("", " ", "")).isNull();
    }

    @Example
    void wrongDatesSayWhatIsWrong() {
        assertThatThrownBy(() -> Dates.date("31/02/2027")).hasMessage("\"31/02/2027\" is not a real date: check the day and month.");
        assertThatThrownBy(() -> Dates.date("31/03/27")).hasMessageContaining("write the year in full");
        assertThatThrownBy(() -> Dates.date("31/13/2027")).hasMessageContaining("the month must be a number from 1 to 12");
        assertThatThrownBy(() -> Dates.date("soon")).hasMessage("\"soon\" is not a date: enter day, month and year, such as 31/03/2027.");
        assertThatThrownBy(() -> Dates.date("31", "", "2027")).isInstanceOfSatisfying(BadValue.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The date must include a month.");
            assertThat(e.part()).isEqualTo("month");
        });
    }

    @Property
    void everyDateReadsBackInEachWayOfWritingIt(@ForAll @LongRange(min = -25_567, max = 84_000) long epochDay) throws BadValue {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        for (String pattern : List.of("dd/MM/yyyy", "d M yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d-M-yyyy")) {
            assertThat(Dates.date(date.format(DateTimeFormatter.ofPattern(pattern, Locale.UK)))).as(pattern).isEqualTo(date);
        }
        assertThat(Dates.date(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())))
                .isEqualTo(date);
    }

    @Example
    void listsAreSplitOnCommasSemicolonsAndLines() {
        assertThat(Lists.split(" a, b ;c\n\nd,, ")).containsExactly("a", "b", "c", "d");
        assertThat(Lists.split(null)).isEmpty();
        assertThat(Lists.split(Lists.join(List.of("x", "y")))).containsExactly("x", "y");
    }
}
