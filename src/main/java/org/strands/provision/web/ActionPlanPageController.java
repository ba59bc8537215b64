package org.strands.provision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.framework.OutcomeCode;
import org.strands.platform.AreaContext;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.provision.ActionPlan;
import org.strands.provision.ActionStatus;
import org.strands.provision.Choice;
import org.strands.provision.ProvisionPermissions;
import org.strands.provision.ProvisionRegister;

/** The action plan page: the actions with their progress, and forms to add and update them. */
@Controller
class ActionPlanPageController {

    private final ActionPlan plan;
    private final ProvisionRegister register;

    ActionPlanPageController(ActionPlan plan, ProvisionRegister register) {
        this.plan = plan;
        this.register = register;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/provision/actions")
    String list(AreaContext area, Model model) {
        model.addAttribute("actions", plan.of(area.area()));
        model.addAttribute("canEdit", area.may(ProvisionPermissions.EDIT));
        model.addAttribute("outcomes", OutcomeCode.ALL);
        model.addAttribute("localities", register.localityNames(area.area()));
        model.addAttribute("statuses", ActionStatus.values());
        return "provision/actions";
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/actions")
    String add(AreaContext area, @RequestParam(required = false) String title, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dueOn, @RequestParam(required = false) List<String> outcomes,
            @RequestParam(required = false) List<String> localities, Model model, RedirectAttributes redirect) {
        try {
            LocalDate due = parseDate(dueOn);
            plan.add(area.area(), new ActionPlan.NewAction(title, outcomes, localities, owner, due), area.username());
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return list(area, model);
        }
        redirect.addFlashAttribute("saved", "Action added.");
        return "redirect:/areas/" + area.area().slug() + "/provision/actions";
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/actions/{id}")
    String progress(AreaContext area, @PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        plan.progress(area.area(), id, Choice.parse(ActionStatus.class, status).orElse(null), note, null, null, area.username());
        redirect.addFlashAttribute("saved", "Action updated.");
        return "redirect:/areas/" + area.area().slug() + "/provision/actions";
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("dueOn", "Enter the due date as year-month-day, such as 2027-03-31.");
        }
    }
}
