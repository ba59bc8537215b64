package org.strands.accreditation.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.ActionPlans;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.SchemeCriteria;
import org.strands.accreditation.SchemeScope;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/** A setting's action plan: its actions with owners and dates, a form to add one, and marking one done. */
@Controller
class SchemeActionPlanPageController {

    /** The add form, as typed. */
    record ActionForm(String what, String owner, String criterion, String dueOnDay, String dueOnMonth, String dueOnYear) {
    }

    private final SchemeScope scope;
    private final ActionPlans plans;
    private final SchemeCriteria criteria;
    private final SchemePages pages;
    private final Formats formats;

    SchemeActionPlanPageController(SchemeScope scope, ActionPlans plans, SchemeCriteria criteria, SchemePages pages, Formats formats) {
        this.scope = scope;
        this.plans = plans;
        this.criteria = criteria;
        this.pages = pages;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/actions")
    String list(AreaContext who, @PathVariable String ref, Model model) {
        model.addAttribute("form", new ActionForm(null, null, null, null, null, null));
        return page(who, scope.journey(who, ref), model);
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/actions")
    String add(AreaContext who, @PathVariable String ref, @ModelAttribute("form") ActionForm form, Model model, RedirectAttributes redirect) {
        Enrolment journey = scope.journey(who, ref);
        FormErrors errors = new FormErrors();
        LocalDate due = errors.date("dueOn", form.dueOnDay(), form.dueOnMonth(), form.dueOnYear());
        try {
            // a form with faults is answered with them before anything else; only the setting's own staff add to its plan
            plans.check(who.area(), journey, form.criterion(), form.what(), form.owner(), due);
            plans.add(who.area(), scope.asStaff(who, ref), form.criterion(), form.what(), form.owner(), due, who.username());
            redirect.addFlashAttribute("saved", Copy.of("accreditation.setting.actions.added"));
            return "redirect:" + SchemePages.base(who, ref) + "/actions";
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        return page(who, journey, model);
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/actions/{id}/done")
    String done(AreaContext who, @PathVariable String ref, @PathVariable long id, RedirectAttributes redirect) {
        Enrolment journey = scope.asStaff(who, ref);
        plans.done(who.area(), journey, id, who.username());
        redirect.addFlashAttribute("saved", Copy.of("accreditation.setting.actions.doneSaved"));
        return "redirect:" + SchemePages.base(who, ref) + "/actions";
    }

    private String page(AreaContext who, Enrolment journey, Model model) {
        model.addAttribute("journey", journey);
        model.addAttribute("actions", plans.of(who.area(), journey.id()));
        model.addAttribute("criteria", SchemePages.criterionOptions(criteria.criteria(who.area(), journey.criteriaSetId(), journey.phase())));
        model.addAttribute("editable", pages.mayChange(who, journey));
        model.addAttribute("base", SchemePages.base(who, journey.settingRef()));
        model.addAttribute("formats", formats);
        return "accreditation/setting-actions";
    }
}
