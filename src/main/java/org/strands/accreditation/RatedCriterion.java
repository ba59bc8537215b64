package org.strands.accreditation;

import java.time.OffsetDateTime;

/** A setting's rating of one criterion, with the strengths it noted. */
public record RatedCriterion(String code, Rating rating, String strengths, String ratedBy, OffsetDateTime ratedAt) {
}
