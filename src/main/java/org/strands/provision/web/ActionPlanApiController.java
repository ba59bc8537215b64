package org.strands.provision.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import org.strands.platform.NotFound;
import org.strands.platform.Requires;
import org.strands.platform.BadValue;
import org.strands.platform.Dates;
import org.strands.platform.InvalidInput;
import org.strands.provision.Action;
import org.strands.provision.ActionPlan;
import org.strands.provision.ActionStatus;
import org.strands.provision.ProvisionPermissions;

/** The shared action plan as JSON. Due dates are read as the forms read them: "2027-03-31" or "31/03/2027". */
@RestController
@RequestMapping("/api/v1/areas/{area}/provision/actions")
class ActionPlanApiController {

    /** A new action. */
    record NewAction(String title, List<String> outcomes, List<String> localities, String owner, String dueOn) {
    }

    /**
     * A change: status, a progress note, owner and due date where given; title, outcomes and localities too, which
     * replace what the action had when given.
     */
    record Change(ActionStatus status, String note, String owner, String dueOn, String title, List<String> outcomes,
            List<String> localities) {
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
    Action add(AreaContext area, @RequestBody NewAction action) {
        return plan.add(area.area(), new ActionPlan.NewAction(action.title(), action.outcomes(), action.localities(), action.owner(),
                date(action.dueOn())), area.username());
    }

    @Requires(ProvisionPermissions.EDIT)
    @PutMapping("/{id}")
    Action change(AreaContext area, @PathVariable long id, @RequestBody Change change) {
        LocalDate dueOn = date(change.dueOn());
        ActionPlan.NewAction changed = null;
        if (change.title() != null || change.outcomes() != null || change.localities() != null) {
            Action now = plan.of(area.area()).stream().filter(a -> a.id() == id).findFirst()
                    .orElseThrow(() -> new NotFound("There is no action " + id + " in " + area.area().name() + "."));
            changed = new ActionPlan.NewAction(or(change.title(), now.title()), or(change.outcomes(), now.outcomes()),
                    or(change.localities(), now.localities()), or(change.owner(), now.owner()), dueOn == null ? now.dueOn() : dueOn);
        }
        return plan.amend(area.area(), id, changed, change.status(), change.note(), change.owner(), dueOn, area.username());
    }

    @Requires(ProvisionPermissions.EDIT)
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(AreaContext area, @PathVariable long id) {
        plan.delete(area.area(), id, area.username());
    }

    private static LocalDate date(String text) {
        try {
            return Dates.date(text);
        } catch (BadValue e) {
            throw InvalidInput.of("dueOn", e.getMessage());
        }
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
