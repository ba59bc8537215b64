package org.strands.provision;

import static org.strands.provision.AuditColumns.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strands.platform.RowError;

/** One row of the audit spreadsheet, as text by column, turned into an offer with every parse error named. */
record AuditRow(long row, Map<String, String> cells) {

    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

    OfferDetails toOffer(List<RowError> errors) {
        return new OfferDetails(text(PARTNER), choice(PartnerType.class, PARTNER_TYPE, errors), text(OFFER),
                text(DESCRIPTION), list(OUTCOMES), choice(EntryKind.class, ENTRY, errors), List.of(), list(LOCALITIES),
                list(SETTINGS), whole(AGE_FROM, errors), whole(AGE_TO, errors),
                choice(AccessRoute.class, ACCESS_ROUTE, errors), choice(DeliveredBy.class, DELIVERED_BY, errors),
                whole(CAPACITY, errors), decimal(HOURS, errors), decimal(COST, errors),
                choice(OfferStatus.class, STATUS, errors), List.of(), null, null);
    }

    boolean blank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    private String text(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : AuditCsv.unguarded(value.strip());
    }

    private List<String> list(String column) {
        String value = text(column);
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private <E extends Enum<E> & Choice> E choice(Class<E> type, String column, List<RowError> errors) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = Choice.parse(type, value);
        if (parsed.isEmpty()) {
            errors.add(new RowError(row, column, "\"" + value + "\" is not one of: " + Choice.allowed(type) + "."));
        }
        return parsed.orElse(null);
    }

    private BigDecimal decimal(String column, List<RowError> errors) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String plain = value.replace("£", "").strip();
        if (plain.contains(",") && !THOUSANDS.matcher(plain).matches()) {
            errors.add(new RowError(row, column, "\"" + value + "\" is not a number: use a full stop for decimals, commas only between thousands."));
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(plain.replace(",", ""));
            if (number.abs().compareTo(OfferRules.LARGEST) > 0) {
                errors.add(new RowError(row, column, "\"" + value + "\" is too large."));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, column, "\"" + value + "\" is not a number."));
            return null;
        }
    }

    private Integer whole(String column, List<RowError> errors) {
        BigDecimal value = decimal(column, errors);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new RowError(row, column, "\"" + cells.get(column) + "\" is not a whole number."));
            return null;
        }
    }
}
