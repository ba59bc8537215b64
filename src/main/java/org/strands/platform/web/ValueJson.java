package org.strands.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.jackson.JacksonComponent;
import org.strands.platform.BadValue;
import org.strands.platform.Copy;
import org.strands.platform.TextLimits;
import org.strands.platform.Dates;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * The API reads numbers and dates sent as text with the same parsers as the forms and spreadsheets, so "1,5" is
 * refused with the same message everywhere, "1,500" is read, and a date may be "2027-03-31" or "31/03/2027".
 * JSON numbers are read as they are.
 */
@JacksonComponent
class ValueJson {

    static final class Decimals extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            return p.currentToken().isNumeric() ? p.getDecimalValue() : read(p, Numbers::decimal);
        }
    }

    static final class WholeNumbers extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
            return p.isExpectedNumberIntToken() ? Integer.valueOf(p.getIntValue()) : read(p, Numbers::wholeInt);
        }
    }

    static final class UkDates extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            return read(p, Dates::date);
        }
    }

    /**
     * Every text in a JSON body: none may hold a NUL character (PostgreSQL cannot store one) or be longer than a note
     * ({@link TextLimits#NOTE}); each command then holds its own fields to their limits.
     */
    static final class Texts extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text == null) {
                return null;
            }
            if (TextLimits.hasNul(text)) {
                throw InvalidInput.of(field(p), Copy.of("input.nul", field(p)));
            }
            if (text.length() > TextLimits.NOTE) {
                throw InvalidInput.of(field(p), Copy.of("input.tooLong", field(p), TextLimits.NOTE));
            }
            return text;
        }
    }

    /** The name of the field being read, or of the list it is in. */
    private static String field(JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        while (context != null && context.currentName() == null) {
            context = context.getParent();
        }
        return context == null ? "value" : context.currentName();
    }

    private static <T> T read(JsonParser p, FormErrors.Parser<T> parser) {
        try {
            return parser.parse(p.getString());
        } catch (BadValue e) {
            throw InvalidInput.of(field(p), e.getMessage());
        }
    }
}
