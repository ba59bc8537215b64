package org.strands.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.platform.Area;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/** What a request, its milestones, appointments and closing must be, each refusal naming its field as the forms know it. */
@Component
class RequestRules {

    private final Localities localities;
    private final Clock clock;

    RequestRules(Localities localities, Clock clock) {
        this.localities = localities;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.LONDON);
    }

    List<String> localityNames(Area area) {
        return localities.of(area).stream().map(Locality::name).toList();
    }

    void check(Area area, SupportRequest.NewRequest request) {
        List<RowError> errors = new ArrayList<>();
        if (request.route() == null) {
            errors.add(new RowError(0, "route", "Select how the request reached the service."));
        }
        notFuture(errors, "receivedOn", "The day the request was received", request.receivedOn(), true);
        String locality = stripped(request.locality());
        if (locality != null && localityNames(area).stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).equals(locality.toLowerCase(Locale.ROOT)))) {
            errors.add(new RowError(0, "locality", "\u201c" + locality + "\u201d is not a locality of " + area.name() + "."));
        }
        String child = stripped(request.childRef());
        if (child != null && (child.length() > 20 || !child.matches("[A-Za-z0-9-]+"))) {
            errors.add(new RowError(0, "childRef", "The child's reference must be 20 letters, digits or hyphens or fewer, such as C-00123, never a name."));
        }
        refuse("The request was not recorded.", errors);
    }

    void checkMilestones(LocalDate received, SupportRequest.Milestones m) {
        List<RowError> errors = new ArrayList<>();
        inOrder(errors, "firstAdviceOn", "First advice", received, m.firstAdviceOn());
        inOrder(errors, "assessmentOn", "The assessment", received, m.assessmentOn());
        inOrder(errors, "interventionStartOn", "The start of the intervention", received, m.interventionStartOn());
        refuse("The milestones were not changed.", errors);
    }

    void checkAppointment(LocalDate received, LocalDate onDate, Attendance attendance, String note) {
        List<RowError> errors = new ArrayList<>();
        if (onDate == null) {
            errors.add(new RowError(0, "onDate", "Enter the day of the appointment."));
        } else if (onDate.isBefore(received)) {
            errors.add(new RowError(0, "onDate", "The appointment cannot be before the request was received (" + Formats.ukDate(received) + ")."));
        } else if (onDate.isAfter(today()) && attendance != Attendance.CANCELLED_BY_FAMILY && attendance != Attendance.CANCELLED_BY_SERVICE) {
            errors.add(new RowError(0, "onDate", "An appointment still to come can only be recorded as cancelled."));
        }
        if (attendance == null) {
            errors.add(new RowError(0, "attendance", "Select what became of the appointment."));
        }
        if (note != null && note.strip().length() > TextLimits.NOTE) {
            errors.add(new RowError(0, "note", "The note must be " + TextLimits.NOTE + " characters or fewer."));
        }
        refuse("The appointment was not recorded.", errors);
    }

    void checkClose(SupportRequest request, LocalDate closedOn, String reason) {
        List<RowError> errors = new ArrayList<>();
        if (request.status() == RequestStatus.CLOSED) {
            errors.add(new RowError(0, "closedOn", "The request is already closed."));
        } else {
            inOrder(errors, "closedOn", "The day it closed", request.receivedOn(), closedOn);
            if (closedOn == null) {
                errors.add(new RowError(0, "closedOn", "Enter the day the request closed."));
            }
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new RowError(0, "reason", "Enter why the request is closing."));
        } else if (reason.strip().length() > TextLimits.DESCRIPTION) {
            errors.add(new RowError(0, "reason", "The reason must be " + TextLimits.DESCRIPTION + " characters or fewer."));
        }
        refuse("The request was not closed.", errors);
    }

    private void inOrder(List<RowError> errors, String field, String what, LocalDate received, LocalDate day) {
        if (day != null && day.isBefore(received)) {
            errors.add(new RowError(0, field, what + " cannot be before the request was received (" + Formats.ukDate(received) + ")."));
        } else {
            notFuture(errors, field, what, day, false);
        }
    }

    private void notFuture(List<RowError> errors, String field, String what, LocalDate day, boolean required) {
        if (day == null && required) {
            errors.add(new RowError(0, field, "Enter the day the request was received."));
        } else if (day != null && day.isAfter(today())) {
            errors.add(new RowError(0, field, what + " cannot be in the future."));
        } else if (day != null && day.getYear() < 2000) {
            errors.add(new RowError(0, field, what + " must be in 2000 or later."));
        }
    }

    static void refuse(String summary, List<RowError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(summary, errors);
        }
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
