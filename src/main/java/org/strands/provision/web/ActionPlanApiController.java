package org.strands.provision.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.provision.Action;
import org.strands.provision.ActionPlan;
import org.strands.provision.ActionStatus;
import org.strands.provision.ProvisionPermissions;

/** The shared action plan as JSON. */
@RestController
@RequestMapping("/api/v1/areas/{area}/provision/actions")
class ActionPlanApiController {

    record Progress(ActionStatus status, String note, String owner, java.time.LocalDate dueOn) {
    }

    private final ActionPlan plan;

    ActionPlanApiController(ActionPlan plan) {
        this.plan = plan;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping
    List<Action> actions(AreaContext area) {
        return plan.of(area.area());
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Action add(AreaContext area, @RequestBody ActionPlan.NewAction action) {
        return plan.add(area.area(), action, area.username());
    }

    @Requires(ProvisionPermissions.EDIT)
    @PutMapping("/{id}")
    Action progress(AreaContext area, @PathVariable long id, @RequestBody Progress progress) {
        return plan.progress(area.area(), id, progress.status(), progress.note(), progress.owner(), progress.dueOn(), area.username());
    }
}
