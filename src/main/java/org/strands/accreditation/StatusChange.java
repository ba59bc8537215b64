package org.strands.accreditation;

import java.time.OffsetDateTime;

/** One change of a setting's status, kept for good: from what (null when it joined), to what, who (username and name), when and why. */
public record StatusChange(SchemeStatus from, SchemeStatus to, String by, String byName, OffsetDateTime at, String reason) {
}
