package org.strands.access;

import java.time.LocalDate;

/** One statutory clock of a child's (a pseudonymous reference), and where it stands today. */
public record StatutoryClock(long id, ClockKind kind, String childRef, Long requestId, LocalDate startedOn, LocalDate dueOn,
        LocalDate metOn, String exceptionReason, ClockStatus status) {

    /** A clock to start: the request for advice, or the plan's issue date; the due day follows from the kind. */
    public record NewClock(ClockKind kind, String childRef, Long requestId, LocalDate startedOn) {
    }

    /** Of the clocks due in the last twelve months without an exception: met on time, met late, still running. */
    public record OnTime(long met, long late, long overdue, Double share) {
    }
}
