package org.strands.accreditation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A setting's journey in one cohort: the criteria version it is judged on, its mentor (a username, with the name to
 * show), where it is, what its mentor recommended, and its award with the date it expires.
 */
public record Enrolment(long id, long cohortId, String cohort, String settingRef, String setting, Phase phase,
        long criteriaSetId, String mentor, String mentorName, SchemeStatus status, Recommendation recommendation,
        String sharesPractice, LocalDate joinedOn, OffsetDateTime statusChangedAt, LocalDate awardedOn, LocalDate expiresOn) {

    /** Whole months since the setting joined, against the scheme's expectation of 12 to 18. */
    public long monthsIn(LocalDate today) {
        return java.time.temporal.ChronoUnit.MONTHS.between(joinedOn, today);
    }
}
