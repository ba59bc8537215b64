package org.strands.provision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.framework.OutcomeCode;
import org.strands.platform.AreaContext;
import org.strands.platform.Confirmation;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.Options;
import org.strands.provision.Action;
import org.strands.provision.ActionPlan;
import org.strands.provision.ActionStatus;
import org.strands.provision.Choice;
import org.strands.provision.ProvisionPermissions;
import org.strands.provision.ProvisionRegister;

/** The action plan page: the actions with their progress, and forms to add, change, update and delete them. */
@Controller
class ActionPlanPageController {

    /** The progress form under each action: its status and a note. */
    record Progress(String status, String note) {
    }

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
        model.addAttribute("statuses", OffersPageController.options(ActionStatus.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ActionCommand.empty());
        }
        return choices(area, model, "provision/actions");
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/actions")
    String add(AreaContext area, @ModelAttribute("form") ActionCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        ActionPlan.NewAction action = form.toAction(errors);
        if (save(errors, () -> plan.check(area.area(), action), () -> plan.add(area.area(), action, area.username()))) {
            redirect.addFlashAttribute("saved", "Action added.");
            return "redirect:/areas/" + area.area().slug() + "/provision/actions";
        }
        errors.addTo(model);
        return list(area, model);
    }

    @Requires(ProvisionPermissions.EDIT)
    @GetMapping("/areas/{area}/provision/actions/{id}/edit")
    String edit(AreaContext area, @PathVariable long id, Model model) {
        Action action = one(area, id);
        model.addAttribute("action", action);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ActionCommand.of(action));
        }
        return choices(area, model, "provision/action-edit");
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/actions/{id}/edit")
    String change(AreaContext area, @PathVariable long id, @ModelAttribute("form") ActionCommand form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        ActionPlan.NewAction action = form.toAction(errors);
        if (save(errors, () -> plan.check(area.area(), action), () -> plan.change(area.area(), id, action, area.username()))) {
            redirect.addFlashAttribute("saved", "Action changed.");
            return "redirect:/areas/" + area.area().slug() + "/provision/actions";
        }
        errors.addTo(model);
        return edit(area, id, model);
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/actions/{id}")
    String progress(AreaContext area, @PathVariable long id, @ModelAttribute("progress") Progress form, BindingResult binding,
            RedirectAttributes redirect) {
        plan.progress(area.area(), id, Choice.parse(ActionStatus.class, form.status()).orElse(null), form.note(), null, null, area.username());
        redirect.addFlashAttribute("saved", "Action updated.");
        return "redirect:/areas/" + area.area().slug() + "/provision/actions";
    }

    @Requires(ProvisionPermissions.EDIT)
    @GetMapping("/areas/{area}/provision/actions/{id}/remove")
    String confirmRemove(AreaContext area, @PathVariable long id, Model model) {
        Action action = one(area, id);
        String base = "/areas/" + area.area().slug() + "/provision/actions";
        return Confirmation.page(model, "Delete an action", "Are you sure you want to delete \u201c" + action.title() + "\u201d?",
                "The action and its progress notes go from the plan. The audit log keeps what it was and who deleted it.",
                base + "/" + id + "/remove", "Delete action", base);
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/actions/{id}/remove")
    String remove(AreaContext area, @PathVariable long id, RedirectAttributes redirect) {
        plan.delete(area.area(), id, area.username());
        redirect.addFlashAttribute("saved", "Action deleted.");
        return "redirect:/areas/" + area.area().slug() + "/provision/actions";
    }

    private Action one(AreaContext area, long id) {
        return plan.of(area.area()).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new org.strands.platform.NotFound("There is no action " + id + " in " + area.area().name() + "."));
    }

    private String choices(AreaContext area, Model model, String view) {
        model.addAttribute("outcomes", Options.of(OutcomeCode.ALL, OutcomeCode::code, o -> o.code() + ": " + o.strand().label() + ", " + o.level().label()));
        model.addAttribute("localities", Options.of(register.localityNames(area.area())));
        model.addAttribute("titleLimit", ActionPlan.TITLE_LIMIT);
        return view;
    }

    /** Runs the change when the form could be read, else only the check; true when stored, otherwise every refusal is in {@code errors}. */
    private static boolean save(FormErrors errors, Runnable check, Runnable change) {
        try {
            (errors.isEmpty() ? change : check).run();
            return errors.isEmpty();
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
            return false;
        }
    }
}
