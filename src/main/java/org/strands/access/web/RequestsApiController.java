package org.strands.access.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.access.AccessPermissions;
import org.strands.access.Attendance;
import org.strands.access.RequestStatus;
import org.strands.access.Route;
import org.strands.access.SupportRequest;
import org.strands.access.SupportRequests;
import org.strands.access.WaitingList;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/** Requests for support as JSON: the waiting list, recording, milestones, appointments and closing. Dates as "2026-06-01" or "01/06/2026". */
@RestController
@RequestMapping("/api/v1/areas/{area}/requests")
class RequestsApiController {

    record NewRequest(String route, String receivedOn, String locality, String childRef) {
    }

    record Milestones(String firstAdviceOn, String assessmentOn, String interventionStartOn) {
    }

    record NewAppointment(String onDate, String attendance, String note) {
    }

    record Close(String closedOn, String reason) {
    }

    private final SupportRequests requests;

    RequestsApiController(SupportRequests requests) {
        this.requests = requests;
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping
    WaitingList list(AreaContext area, @RequestParam(required = false) String route, @RequestParam(required = false) String locality,
            @RequestParam(required = false) String status) {
        return requests.waitingList(area.area(), new WaitingList.Filter(Inputs.choice("route", Route.class, route), locality,
                Inputs.choice("status", RequestStatus.class, status)));
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SupportRequest record(AreaContext area, @RequestBody NewRequest r) {
        return requests.record(area.area(), new SupportRequest.NewRequest(Inputs.choice("route", Route.class, r.route()),
                Inputs.date("receivedOn", r.receivedOn()), r.locality(), r.childRef()), area.username());
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/{id}")
    SupportRequest one(AreaContext area, @PathVariable long id) {
        return requests.one(area.area(), id);
    }

    @Requires(AccessPermissions.RECORD)
    @PutMapping("/{id}/milestones")
    SupportRequest milestones(AreaContext area, @PathVariable long id, @RequestBody Milestones m) {
        return requests.changeMilestones(area.area(), id, new SupportRequest.Milestones(Inputs.date("firstAdviceOn", m.firstAdviceOn()),
                Inputs.date("assessmentOn", m.assessmentOn()), Inputs.date("interventionStartOn", m.interventionStartOn())), area.username());
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/{id}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    SupportRequest appointment(AreaContext area, @PathVariable long id, @RequestBody NewAppointment a) {
        return requests.addAppointment(area.area(), id, Inputs.date("onDate", a.onDate()), Inputs.choice("attendance", Attendance.class,
                a.attendance()), a.note(), area.username());
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/{id}/close")
    SupportRequest close(AreaContext area, @PathVariable long id, @RequestBody Close c) {
        return requests.close(area.area(), id, Inputs.date("closedOn", c.closedOn()), c.reason(), area.username());
    }
}
