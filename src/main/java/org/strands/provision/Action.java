package org.strands.provision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An action of the area's shared plan, tied to outcome cells and localities; overdue when past due and not done. */
public record Action(long id, String title, List<String> outcomes, List<String> localities, String owner, LocalDate dueOn,
        ActionStatus status, boolean overdue, List<Note> notes) {

    /** A progress note. */
    public record Note(String text, String writtenBy, OffsetDateTime writtenAt) {
    }
}
