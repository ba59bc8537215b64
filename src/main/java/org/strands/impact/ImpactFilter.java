package org.strands.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.platform.BadValue;
import org.strands.platform.Dates;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/**
 * What an impact report covers, checked: journeys open at some time from {@code from} to {@code to} (discharges in
 * that period for the impact tier), grouped by level, strand, offer or locality, in a cohort narrowed by any of the
 * other values (null for all).
 *
 * @param level 1 universal, 2 targeted, 3 specialist
 * @param strand the strand's two-letter prefix, such as IN
 * @param quintile the deprivation quintile, 1 the most deprived fifth
 */
public record ImpactFilter(String groupBy, LocalDate from, LocalDate to, Long offer, Integer level, String strand, String setting,
        String locality, String sex, String ethnicity, String language, Integer quintile) {

    public static final List<String> GROUPINGS = List.of("level", "strand", "offer", "locality");

    private static final int LONGEST = 200;

    /**
     * The query read, every refusal naming its field: the twelve months to {@code today} when no period is given, by
     * level when no grouping is.
     */
    public static ImpactFilter read(ImpactQuery q, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        String groupBy = blank(q.groupBy()) ? "level" : q.groupBy().strip().toLowerCase(Locale.ROOT);
        if (!GROUPINGS.contains(groupBy)) {
            errors.add(new RowError(0, "groupBy", "Group the report by one of: " + String.join(", ", GROUPINGS) + "."));
        }
        LocalDate to = date(errors, "to", q.to());
        LocalDate from = date(errors, "from", q.from());
        to = to == null ? today : to;
        from = from == null ? to.minusYears(1).plusDays(1) : from;
        if (from.isAfter(to)) {
            errors.add(new RowError(0, "to", "The end of the period cannot be before its start."));
        }
        Long offer = null;
        if (!blank(q.offer())) {
            try {
                offer = Long.parseLong(q.offer().strip());
            } catch (NumberFormatException e) {
                errors.add(new RowError(0, "offer", "Choose an offer from the list."));
            }
        }
        Integer level = blank(q.level()) ? null : level(q.level().strip());
        if (!blank(q.level()) && level == null) {
            errors.add(new RowError(0, "level", "Choose a level: universal, targeted or specialist."));
        }
        String strand = blank(q.strand()) ? null : strand(q.strand().strip());
        if (!blank(q.strand()) && strand == null) {
            errors.add(new RowError(0, "strand", "Choose one of the five strands."));
        }
        Integer quintile = null;
        if (!blank(q.quintile())) {
            String text = q.quintile().strip();
            quintile = text.matches("[1-5]") ? Integer.valueOf(text) : null;
            if (quintile == null) {
                errors.add(new RowError(0, "quintile", "Choose a deprivation fifth from 1 (most deprived) to 5 (least deprived)."));
            }
        }
        String setting = text(errors, "setting", "setting", q.setting());
        String locality = text(errors, "locality", "locality", q.locality());
        String sex = text(errors, "sex", "sex", q.sex());
        String ethnicity = text(errors, "ethnicity", "ethnicity", q.ethnicity());
        String language = text(errors, "language", "first language", q.language());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.getFirst().message(), errors);
        }
        return new ImpactFilter(groupBy, from, to, offer, level, strand, setting, locality, sex, ethnicity, language, quintile);
    }

    /** Whether the cohort is narrowed by something known of the child or the journey alone, which contacts do not record. */
    public boolean narrowedByChild() {
        return level != null || strand != null || sex != null || ethnicity != null || language != null || quintile != null
                || offer != null || setting != null;
    }

    private static Integer level(String text) {
        for (Level l : Level.values()) {
            if (text.equals(String.valueOf(l.number())) || text.equalsIgnoreCase(l.label()) || text.equalsIgnoreCase(l.name())) {
                return l.number();
            }
        }
        return null;
    }

    private static String strand(String text) {
        for (Strand s : Strand.values()) {
            if (text.equalsIgnoreCase(s.prefix()) || text.equalsIgnoreCase(s.label()) || text.equalsIgnoreCase(s.name())) {
                return s.prefix();
            }
        }
        return null;
    }

    private static LocalDate date(List<RowError> errors, String field, String text) {
        try {
            return Dates.date(text);
        } catch (BadValue e) {
            errors.add(new RowError(0, field, e.getMessage()));
            return null;
        }
    }

    private static String text(List<RowError> errors, String field, String name, String text) {
        if (blank(text)) {
            return null;
        }
        if (text.strip().length() > LONGEST) {
            errors.add(new RowError(0, field, "The " + name + " must be " + LONGEST + " characters or fewer."));
            return null;
        }
        return text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
