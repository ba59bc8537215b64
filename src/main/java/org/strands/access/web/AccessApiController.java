package org.strands.access.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.access.AccessPermissions;
import org.strands.access.ContactDetails;
import org.strands.access.Contacts;
import org.strands.access.DropInSession;
import org.strands.access.DropIns;
import org.strands.access.RegisterEntry;
import org.strands.access.SessionPlan;
import org.strands.access.SessionRegister;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** Easy access for the service: drop-in sessions, their registers, and contacts recorded by any route. */
@RestController
@RequestMapping("/api/v1/areas/{area}")
class AccessApiController {

    record Move(LocalDate date, LocalTime starts, LocalTime ends) {
    }

    record Cancel(String reason) {
    }

    record WalkIn(String name, Integer childAgeYears, String concern) {
    }

    record Attendance(RegisterEntry.Attendance attendance) {
    }

    private final DropIns dropIns;
    private final SessionRegister register;
    private final Contacts contacts;

    AccessApiController(DropIns dropIns, SessionRegister register, Contacts contacts) {
        this.dropIns = dropIns;
        this.register = register;
        this.contacts = contacts;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/sessions")
    List<DropInSession> upcoming(AreaContext area) {
        return dropIns.upcoming(area.area());
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    List<DropInSession> schedule(AreaContext area, @RequestBody SessionPlan plan) {
        return dropIns.schedule(area.area(), plan, area.username());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/sessions/{id}")
    DropInSession session(AreaContext area, @PathVariable long id) {
        return dropIns.session(area.area(), id);
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PostMapping("/sessions/{id}/move")
    DropInSession move(AreaContext area, @PathVariable long id, @RequestBody Move move) {
        return dropIns.move(area.area(), id, move.date(), move.starts(), move.ends(), area.username());
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PostMapping("/sessions/{id}/cancel")
    DropInSession cancel(AreaContext area, @PathVariable long id, @RequestBody Cancel cancel) {
        return dropIns.cancel(area.area(), id, cancel.reason(), area.username());
    }

    @Requires(AccessPermissions.RECORD)
    @GetMapping("/sessions/{id}/register")
    List<RegisterEntry> register(AreaContext area, @PathVariable long id) {
        return register.of(area.area(), id);
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/sessions/{id}/register/{booking}")
    Map<String, String> mark(AreaContext area, @PathVariable long id, @PathVariable UUID booking, @RequestBody Attendance attendance) {
        register.mark(area.area(), id, booking, attendance.attendance(), area.username());
        return Map.of("attendance", attendance.attendance().name());
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/sessions/{id}/walk-ins")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> walkIn(AreaContext area, @PathVariable long id, @RequestBody WalkIn walkIn) {
        return Map.of("id", register.walkIn(area.area(), id, walkIn.name(), walkIn.childAgeYears(), walkIn.concern(), area.username()));
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> record(AreaContext area, @RequestBody ContactDetails contact) {
        return Map.of("id", contacts.record(area.area(), contact, area.username()));
    }
}
