package org.strands.accreditation;

/** A setting's status in the scheme changed (it joined when {@code from} is null). */
public record SchemeStatusChanged(long areaId, long enrolmentId, String settingRef, SchemeStatus from, SchemeStatus to) {
}
