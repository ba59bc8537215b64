package org.strands.provision;

import java.util.List;

/** The columns of the provision audit spreadsheet, in order: the template's header row is exactly these. */
final class AuditColumns {

    static final String PARTNER = "Partner";
    static final String PARTNER_TYPE = "Partner type";
    static final String OFFER = "Offer";
    static final String DESCRIPTION = "Description";
    static final String OUTCOMES = "Outcomes";
    static final String ENTRY = "Entry";
    static final String LOCALITIES = "Localities";
    static final String SETTINGS = "Setting URNs";
    static final String AGE_FROM = "Age from (years)";
    static final String AGE_TO = "Age to (years)";
    static final String ACCESS_ROUTE = "Access route";
    static final String DELIVERED_BY = "Delivered by";
    static final String CAPACITY = "Annual capacity";
    static final String HOURS = "Annual hours";
    static final String COST = "Annual cost (GBP)";
    static final String STATUS = "Status";

    static final List<String> ALL = List.of(PARTNER, PARTNER_TYPE, OFFER, DESCRIPTION, OUTCOMES, ENTRY, LOCALITIES,
            SETTINGS, AGE_FROM, AGE_TO, ACCESS_ROUTE, DELIVERED_BY, CAPACITY, HOURS, COST, STATUS);

    private AuditColumns() {
    }
}
