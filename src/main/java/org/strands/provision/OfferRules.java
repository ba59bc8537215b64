package org.strands.provision;

import static org.strands.provision.AuditColumns.AGE_FROM;
import static org.strands.provision.AuditColumns.AGE_TO;
import static org.strands.provision.AuditColumns.CAPACITY;
import static org.strands.provision.AuditColumns.COST;
import static org.strands.provision.AuditColumns.DESCRIPTION;
import static org.strands.provision.AuditColumns.ENTRY;
import static org.strands.provision.AuditColumns.HOURS;
import static org.strands.provision.AuditColumns.LOCALITIES;
import static org.strands.provision.AuditColumns.OFFER;
import static org.strands.provision.AuditColumns.OUTCOMES;
import static org.strands.provision.AuditColumns.PARTNER;
import static org.strands.provision.AuditColumns.PARTNER_TYPE;
import static org.strands.provision.AuditColumns.SETTINGS;
import static org.strands.provision.AuditColumns.STATUS;

import java.math.BigDecimal;
import java.util.List;
import org.strands.framework.OutcomeCode;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/** What makes an offer valid in an area. Errors name the row and the spreadsheet column. */
final class OfferRules {

    static final int MAX_AGE = 25;
    /** Larger than any real figure, and within what the database stores. */
    static final BigDecimal LARGEST = new BigDecimal("999999999");

    private OfferRules() {
    }

    static void check(OfferDetails o, long row, AreaFacts facts, List<RowError> errors) {
        required(o.partner(), row, PARTNER, "Enter the partner's name.", errors);
        if (o.partnerType() == null) {
            errors.add(new RowError(row, PARTNER_TYPE, "Choose the partner type: " + Choice.allowed(PartnerType.class) + "."));
        }
        longest(o.partner(), TextLimits.NAME, row, PARTNER, errors);
        required(o.name(), row, OFFER, "Enter the offer's name.", errors);
        longest(o.name(), TextLimits.NAME, row, OFFER, errors);
        longest(o.description(), TextLimits.DESCRIPTION, row, DESCRIPTION, errors);
        longest(o.contact(), TextLimits.DESCRIPTION, row, "Contact", errors);
        longest(o.howToAccess(), TextLimits.DESCRIPTION, row, "How to access", errors);
        eachLongest(o.disciplines(), TextLimits.NAME, row, "Disciplines", errors);
        eachLongest(o.localities(), TextLimits.NAME, row, LOCALITIES, errors);
        eachLongest(o.settingRefs(), TextLimits.NAME, row, SETTINGS, errors);
        eachLongest(o.evidence(), TextLimits.WEB_LINK, row, "Evidence", errors);
        if (o.evidence().size() > TextLimits.EVIDENCE_LINKS) {
            errors.add(new RowError(row, "Evidence", "Give at most " + TextLimits.EVIDENCE_LINKS + " evidence links, not "
                    + o.evidence().size() + "."));
        }
        if (o.outcomes().isEmpty()) {
            errors.add(new RowError(row, OUTCOMES, "Enter at least one outcome code, such as FS1 or IN2."));
        }
        o.outcomes().stream().filter(c -> OutcomeCode.parse(c).isEmpty()).forEach(c ->
                errors.add(new RowError(row, OUTCOMES, "\"" + c + "\" is not an outcome code: use FS1 to IN3.")));
        if (o.entry() == null) {
            errors.add(new RowError(row, ENTRY, "Choose the entry: Provision or Gap."));
        }
        if (o.status() == null) {
            errors.add(new RowError(row, STATUS, "Choose the status: " + Choice.allowed(OfferStatus.class) + "."));
        }
        o.localities().stream().filter(l -> l != null && l.length() <= TextLimits.NAME && facts.locality(l).isEmpty()).forEach(l ->
                errors.add(new RowError(row, LOCALITIES, "\"" + l + "\" is not a locality of this area.")));
        o.settingRefs().stream().filter(s -> s != null && s.length() <= TextLimits.NAME && !facts.hasSetting(s)).forEach(s ->
                errors.add(new RowError(row, SETTINGS, "\"" + s + "\" is not the URN of a school or setting in this area.")));
        age(o.ageFrom(), row, AGE_FROM, errors);
        age(o.ageTo(), row, AGE_TO, errors);
        if (o.ageFrom() != null && o.ageTo() != null && o.ageFrom() > o.ageTo()) {
            errors.add(new RowError(row, AGE_FROM, "Age from (" + o.ageFrom() + ") is above age to (" + o.ageTo() + ")."));
        }
        amount(o.annualCapacity() == null ? null : BigDecimal.valueOf(o.annualCapacity()), 0, row, CAPACITY, errors);
        amount(o.annualHours(), 1, row, HOURS, errors);
        amount(o.annualCost(), 2, row, COST, errors);
        o.evidence().stream().limit(TextLimits.EVIDENCE_LINKS)
                .filter(link -> link != null && link.length() <= TextLimits.WEB_LINK && !link.matches("^https?://\\S+$")).forEach(link ->
                errors.add(new RowError(row, "Evidence", "\"" + link + "\" is not a web address starting with https:// or http://.")));
    }

    private static void required(String value, long row, String column, String message, List<RowError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new RowError(row, column, message));
        }
    }

    private static void longest(String value, int max, long row, String column, List<RowError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new RowError(row, column, "This is longer than " + max + " characters."));
        }
    }

    private static void eachLongest(List<String> values, int max, long row, String column, List<RowError> errors) {
        values.stream().filter(v -> v != null && v.length() > max).findFirst().ifPresent(v ->
                errors.add(new RowError(row, column, "Each entry must be at most " + max + " characters; one is " + v.length() + ".")));
    }

    private static void age(Integer age, long row, String column, List<RowError> errors) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            errors.add(new RowError(row, column, age + " is not an age from 0 to " + MAX_AGE + "."));
        }
    }

    private static void amount(BigDecimal value, int places, long row, String column, List<RowError> errors) {
        if (value == null) {
            return;
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            errors.add(new RowError(row, column, value + " is too large."));
        } else if (value.signum() < 0) {
            errors.add(new RowError(row, column, value.toPlainString() + " is negative: enter 0 or more."));
        } else if (value.stripTrailingZeros().scale() > places) {
            errors.add(new RowError(row, column, value.toPlainString() + " has more than " + places + " decimal place" + (places == 1 ? "" : "s") + "."));
        }
    }
}
