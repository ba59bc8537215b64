package org.strands.accreditation.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.ActionPlans;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Enrolments;
import org.strands.accreditation.Evidence;
import org.strands.accreditation.Phase;
import org.strands.accreditation.SchemeCriteria;
import org.strands.accreditation.SchemeScope;
import org.strands.accreditation.SettingRatings;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.platform.AreaContext;
import org.strands.platform.Formats;
import org.strands.platform.Requires;

/**
 * A member of a setting's staff lands on their setting ("My school or setting"): what Strands knows of it, its journey
 * in the scheme as a task list, its mentor, and every change of its status with who, when and why.
 */
@Controller
class MySettingPageController {

    private final SchemeScope scope;
    private final Enrolments enrolments;
    private final SchemeCriteria criteria;
    private final SettingRatings ratings;
    private final Evidence evidence;
    private final ActionPlans plans;
    private final List<SettingFacts> facts;
    private final Formats formats;

    MySettingPageController(SchemeScope scope, Enrolments enrolments, SchemeCriteria criteria, SettingRatings ratings, Evidence evidence,
            ActionPlans plans, List<SettingFacts> facts, Formats formats) {
        this.scope = scope;
        this.enrolments = enrolments;
        this.criteria = criteria;
        this.ratings = ratings;
        this.evidence = evidence;
        this.plans = plans;
        this.facts = facts;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/my-setting")
    String mine(AreaContext who, Model model) {
        List<Setting> tied = scope.tiedSettings(who);
        if (tied.size() == 1) {
            return "redirect:" + SchemePages.base(who, tied.getFirst().ref());
        }
        boolean staff = who.may(AccreditationPermissions.SELF_EVALUATE);
        model.addAttribute("tied", tied);
        model.addAttribute("staff", staff);
        model.addAttribute("visible", staff ? List.of() : scope.visible(who));
        return "accreditation/setting-mine";
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}")
    String setting(AreaContext who, @PathVariable String ref, Model model) {
        Setting setting = scope.setting(who, ref);
        Optional<Enrolment> journey = scope.journeyIfAny(who, ref);
        model.addAttribute("setting", setting);
        model.addAttribute("phase", Phase.of(setting).label());
        model.addAttribute("facts", facts.stream().flatMap(f -> f.about(who.area(), setting).stream()).toList());
        model.addAttribute("journey", journey.orElse(null));
        model.addAttribute("formats", formats);
        model.addAttribute("base", SchemePages.base(who, ref));
        journey.ifPresent(j -> {
            List<Criterion> all = criteria.criteria(who.area(), j.criteriaSetId(), j.phase());
            model.addAttribute("tasks", JourneyTasks.of(SchemePages.base(who, ref), j, all, ratings.of(who.area(), j.id()),
                    evidence.of(who.area(), j.id()).size(), plans.of(who.area(), j.id()).size()));
            model.addAttribute("history", enrolments.history(who.area(), j.id()).reversed());
            model.addAttribute("isMentor", who.may(AccreditationPermissions.REVIEW) && who.username().equals(j.mentor()));
        });
        return "accreditation/setting-page";
    }
}
