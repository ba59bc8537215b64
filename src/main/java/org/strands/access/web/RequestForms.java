package org.strands.access.web;

import java.time.LocalDate;
import org.strands.access.Attendance;
import org.strands.access.Route;
import org.strands.access.SupportRequest;
import org.strands.platform.FormErrors;
import org.strands.provision.Choice;

/** The forms of a request for support, as entered: dates in day, month and year boxes, choices by their constant. */
final class RequestForms {

    private RequestForms() {
    }

    record NewRequest(String route, String receivedOnDay, String receivedOnMonth, String receivedOnYear, String locality, String childRef) {

        static NewRequest empty(LocalDate today) {
            return new NewRequest(null, day(today), month(today), year(today), null, null);
        }

        SupportRequest.NewRequest read(FormErrors errors) {
            Route r = Choice.parse(Route.class, route).orElse(null);
            if (r == null) {
                errors.add("route", "Select how the request reached the service.");
            }
            LocalDate received = errors.date("receivedOn", receivedOnDay, receivedOnMonth, receivedOnYear);
            if (received == null && !errors.byField().containsKey("receivedOn")) {
                errors.add("receivedOn", "receivedOn-day", "Enter the day the request was received.");
            }
            return new SupportRequest.NewRequest(r, received, locality, childRef);
        }
    }

    record Milestones(String firstAdviceOnDay, String firstAdviceOnMonth, String firstAdviceOnYear, String assessmentOnDay,
            String assessmentOnMonth, String assessmentOnYear, String interventionStartOnDay, String interventionStartOnMonth,
            String interventionStartOnYear) {

        static Milestones of(SupportRequest r) {
            return new Milestones(day(r.firstAdviceOn()), month(r.firstAdviceOn()), year(r.firstAdviceOn()), day(r.assessmentOn()),
                    month(r.assessmentOn()), year(r.assessmentOn()), day(r.interventionStartOn()), month(r.interventionStartOn()),
                    year(r.interventionStartOn()));
        }

        SupportRequest.Milestones read(FormErrors errors) {
            return new SupportRequest.Milestones(errors.date("firstAdviceOn", firstAdviceOnDay, firstAdviceOnMonth, firstAdviceOnYear),
                    errors.date("assessmentOn", assessmentOnDay, assessmentOnMonth, assessmentOnYear),
                    errors.date("interventionStartOn", interventionStartOnDay, interventionStartOnMonth, interventionStartOnYear));
        }
    }

    record Appointment(String onDateDay, String onDateMonth, String onDateYear, String attendance, String note) {

        static Appointment empty() {
            return new Appointment(null, null, null, null, null);
        }

        LocalDate onDate(FormErrors errors) {
            LocalDate on = errors.date("onDate", onDateDay, onDateMonth, onDateYear);
            if (on == null && !errors.byField().containsKey("onDate")) {
                errors.add("onDate", "onDate-day", "Enter the day of the appointment.");
            }
            return on;
        }

        Attendance attendance(FormErrors errors) {
            Attendance a = Choice.parse(Attendance.class, attendance).orElse(null);
            if (a == null) {
                errors.add("attendance", "Select what became of the appointment.");
            }
            return a;
        }
    }

    record Close(String closedOnDay, String closedOnMonth, String closedOnYear, String reason) {

        static Close empty(LocalDate today) {
            return new Close(day(today), month(today), year(today), null);
        }

        LocalDate closedOn(FormErrors errors) {
            LocalDate on = errors.date("closedOn", closedOnDay, closedOnMonth, closedOnYear);
            if (on == null && !errors.byField().containsKey("closedOn")) {
                errors.add("closedOn", "closedOn-day", "Enter the day the request closed.");
            }
            return on;
        }
    }

    static String day(LocalDate d) {
        return d == null ? null : String.valueOf(d.getDayOfMonth());
    }

    static String month(LocalDate d) {
        return d == null ? null : String.valueOf(d.getMonthValue());
    }

    static String year(LocalDate d) {
        return d == null ? null : String.valueOf(d.getYear());
    }
}
