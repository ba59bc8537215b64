package org.strands.directory;

import org.strands.platform.Copy;

/**
 * The questions the Local Offer asks of every service for children with special educational needs and disabilities
 * (SEND), in our words: the area answers those that apply, and families read the answers on the service's page. Each
 * has a field of the curation form (its {@link #field()}) and its wording in the messages ({@code directory.send.*}).
 */
public enum LocalOfferQuestion {
    NEEDS("needs"),
    INVOLVING("involving"),
    PROGRESS("progress"),
    STAFF("staff"),
    ACCESSIBLE("accessible"),
    MOVING_ON("movingOn"),
    CONCERNS("concerns");

    /** The longest answer. */
    public static final int LIMIT = 2000;

    private final String field;

    LocalOfferQuestion(String field) {
        this.field = field;
    }

    /** The name of its field on the form, and of its errors. */
    public String field() {
        return field;
    }

    /** The question, as families read it. */
    public String question() {
        return Copy.of("directory.send." + field);
    }
}
