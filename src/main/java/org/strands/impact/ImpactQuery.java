package org.strands.impact;

/**
 * An impact report asked for as typed on the page's form or in the API's query: every value a text, read by
 * {@link ImpactFilter#read(ImpactQuery, java.time.LocalDate)}. {@code direction} picks the direction of care the
 * page's tables show (the API returns all).
 */
public record ImpactQuery(String groupBy, String from, String to, String offer, String level, String strand, String setting,
        String locality, String sex, String ethnicity, String language, String quintile, String direction) {

    public static final ImpactQuery NONE = new ImpactQuery(null, null, null, null, null, null, null, null, null, null, null, null, null);
}
