package org.strands.accreditation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a setting is in the scheme. The moves allowed are few and in order: the setting sends its self-evaluation to
 * its mentor, the mentor asks for more or recommends, the panel decides on a recommendation, and an award lapses when
 * it is not renewed. Anything else is refused.
 */
public enum SchemeStatus {
    SELF_EVALUATING("Self-evaluating"),
    IN_REVIEW("With the mentor"),
    MORE_EVIDENCE("More evidence asked for"),
    RECOMMENDED("Recommended to the panel"),
    ACCREDITED("Accredited"),
    CENTRE_OF_EXCELLENCE("Centre of Excellence"),
    LAPSED("Lapsed");

    private final String label;

    SchemeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<SchemeStatus> next() {
        return switch (this) {
            case SELF_EVALUATING, MORE_EVIDENCE -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(MORE_EVIDENCE, RECOMMENDED);
            case RECOMMENDED -> EnumSet.of(ACCREDITED, CENTRE_OF_EXCELLENCE, SELF_EVALUATING);
            case ACCREDITED, CENTRE_OF_EXCELLENCE -> EnumSet.of(LAPSED);
            case LAPSED -> EnumSet.noneOf(SchemeStatus.class);
        };
    }

    public boolean mayMoveTo(SchemeStatus to) {
        return next().contains(to);
    }

    /** Holds an award that is in date. */
    public boolean awarded() {
        return this == ACCREDITED || this == CENTRE_OF_EXCELLENCE;
    }

    /** The setting may change its ratings, evidence and action plan. */
    public boolean openToTheSetting() {
        return this == SELF_EVALUATING || this == MORE_EVIDENCE;
    }
}
