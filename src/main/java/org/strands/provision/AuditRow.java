package org.strands.provision;

import static org.strands.provision.AuditColumns.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strands.platform.BadValue;
import org.strands.platform.Lists;
import org.strands.platform.Numbers;
import org.strands.platform.RowError;

/** One row of the audit spreadsheet, as text by column, turned into an offer with every parse error named. */
record AuditRow(long row, Map<String, String> cells) {

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
        return Lists.split(value);
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
        try {
            BigDecimal number = Numbers.decimal(value);
            if (number != null && number.abs().compareTo(OfferRules.LARGEST) > 0) {
                errors.add(new RowError(row, column, "\"" + value + "\" is too large."));
                return null;
            }
            return number;
        } catch (BadValue e) {
            errors.add(new RowError(row, column, e.getMessage()));
            return null;
        }
    }

    private Integer whole(String column, List<RowError> errors) {
        BigDecimal value = decimal(column, errors);
        if (value == null) {
            return null;
        }
        try {
            return Numbers.wholeInt(text(column));
        } catch (BadValue e) {
            errors.add(new RowError(row, column, e.getMessage()));
            return null;
        }
    }
}
