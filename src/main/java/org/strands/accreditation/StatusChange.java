package org.strands.accreditation;

import java.time.OffsetDateTime;

/** One change of a setting's status, kept for good: from what (null when it joined), to what, who, when and why. */
public record StatusChange(SchemeStatus from, SchemeStatus to, String by, OffsetDateTime at, String reason) {
}
