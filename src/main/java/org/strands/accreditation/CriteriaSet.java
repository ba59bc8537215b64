package org.strands.accreditation;

import java.time.OffsetDateTime;

/** A version of the criteria an area judges settings on; {@code criteria} counts the distinct codes. */
public record CriteriaSet(long id, int version, String name, String loadedBy, OffsetDateTime loadedAt, int criteria) {
}
