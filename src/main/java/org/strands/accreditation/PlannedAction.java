package org.strands.accreditation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step of a setting's action plan: what, against which criterion if any, who owns it, by when, and whether done. */
public record PlannedAction(long id, String criterion, String what, String owner, LocalDate dueOn, boolean done, String updatedBy,
        OffsetDateTime updatedAt) {
}
