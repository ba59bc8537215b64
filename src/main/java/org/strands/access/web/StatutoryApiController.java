package org.strands.access.web;

import java.util.List;
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
import org.strands.access.ClockKind;
import org.strands.access.ClockStatus;
import org.strands.access.StatutoryClock;
import org.strands.access.StatutoryClocks;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/** The statutory clocks as JSON: by status (due, overdue, met, missed), starting one, recording it met or an exception. */
@RestController
@RequestMapping("/api/v1/areas/{area}/statutory")
class StatutoryApiController {

    record Clocks(List<StatutoryClock> clocks, StatutoryClock.OnTime lastTwelveMonths, int planTherapyWeeks) {
    }

    record NewClock(String kind, String childRef, Long requestId, String startedOn) {
    }

    record Met(String metOn) {
    }

    record Exception(String reason) {
    }

    record Settings(Integer planTherapyWeeks) {
    }

    private final StatutoryClocks clocks;

    StatutoryApiController(StatutoryClocks clocks) {
        this.clocks = clocks;
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping
    Clocks list(AreaContext area, @RequestParam(required = false) String status) {
        return new Clocks(clocks.list(area.area(), Inputs.choice("status", ClockStatus.class, status)), clocks.lastTwelveMonths(area.area()),
                clocks.planTherapyWeeks(area.area()));
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StatutoryClock start(AreaContext area, @RequestBody NewClock c) {
        return clocks.start(area.area(), new StatutoryClock.NewClock(Inputs.choice("kind", ClockKind.class, c.kind()), c.childRef(),
                c.requestId(), Inputs.date("startedOn", c.startedOn())), area.username());
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/{id}/met")
    StatutoryClock met(AreaContext area, @PathVariable long id, @RequestBody Met m) {
        return clocks.met(area.area(), id, Inputs.date("metOn", m.metOn()), area.username());
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/{id}/exception")
    StatutoryClock exception(AreaContext area, @PathVariable long id, @RequestBody Exception e) {
        return clocks.exception(area.area(), id, e.reason(), area.username());
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PutMapping("/settings")
    Settings settings(AreaContext area, @RequestBody Settings s) {
        clocks.setPlanTherapyWeeks(area.area(), s.planTherapyWeeks(), area.username());
        return new Settings(clocks.planTherapyWeeks(area.area()));
    }
}
