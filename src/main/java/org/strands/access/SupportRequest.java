package org.strands.access;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's request for support, by any route, with its milestones and appointments. The wait runs from the day it
 * was received until the intervention starts or the request closes, or until today while it is still waiting.
 *
 * @param childRef a pseudonymous reference ("C-00123"), never a name
 * @param contactId the easy-access contact it came from, or null
 * @param waitedDays days waited so far, or until the intervention started or the request closed
 */
public record SupportRequest(long id, Route route, LocalDate receivedOn, String locality, String childRef, Long contactId,
        LocalDate firstAdviceOn, LocalDate assessmentOn, LocalDate interventionStartOn, RequestStatus status, LocalDate closedOn,
        String closeReason, long waitedDays, WaitBand band, List<Appointment> appointments) {

    public SupportRequest {
        appointments = List.copyOf(appointments);
    }

    /** An appointment offered to the child and what became of it. */
    public record Appointment(long id, LocalDate onDate, Attendance attendance, String note) {
    }

    /** A new request: the route and day it was received, the locality's name and the child's reference where known. */
    public record NewRequest(Route route, LocalDate receivedOn, String locality, String childRef) {
    }

    /** The milestones of a request; each may be empty. */
    public record Milestones(LocalDate firstAdviceOn, LocalDate assessmentOn, LocalDate interventionStartOn) {
    }
}
