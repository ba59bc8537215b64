package org.strands.accreditation.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.ActionPlans;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Evidence;
import org.strands.accreditation.RatedCriterion;
import org.strands.accreditation.Rating;
import org.strands.accreditation.SchemeCriteria;
import org.strands.accreditation.SchemeScope;
import org.strands.accreditation.SettingRatings;
import org.strands.accreditation.Submissions;
import org.strands.framework.Strand;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.Requires;

/**
 * Self-evaluation strand by strand (each criterion rated, with strengths, saved a strand at a time), and sending it to
 * the mentor from a page that shows what will be sent.
 */
@Controller
class SelfEvaluationPageController {

    /** The confirmation that the self-evaluation is ready to send. */
    record SubmitForm(String confirm) {
    }

    private final SchemeScope scope;
    private final SchemeCriteria criteria;
    private final SettingRatings ratings;
    private final Submissions submissions;
    private final Evidence evidence;
    private final ActionPlans plans;
    private final SchemePages pages;

    SelfEvaluationPageController(SchemeScope scope, SchemeCriteria criteria, SettingRatings ratings, Submissions submissions,
            Evidence evidence, ActionPlans plans, SchemePages pages) {
        this.scope = scope;
        this.criteria = criteria;
        this.ratings = ratings;
        this.submissions = submissions;
        this.evidence = evidence;
        this.plans = plans;
        this.pages = pages;
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/strands/{strand}")
    String strand(AreaContext who, @PathVariable String ref, @PathVariable String strand, Model model) {
        Enrolment journey = scope.journey(who, ref);
        Map<String, String> values = new HashMap<>();
        ratings.of(who.area(), journey.id()).forEach((code, r) -> {
            values.put("rating-" + code, r.rating().name());
            values.put("strengths-" + code, r.strengths());
        });
        return strandPage(who, journey, SchemePages.strand(strand), values, model);
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/strands/{strand}")
    String rate(AreaContext who, @PathVariable String ref, @PathVariable String strand, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Enrolment journey = scope.journey(who, ref);
        Strand s = SchemePages.strand(strand);
        Map<String, SettingRatings.Given> given = new LinkedHashMap<>();
        for (Criterion c : ofStrand(who, journey, s)) {
            if (form.containsKey("rating-" + c.code()) || form.containsKey("strengths-" + c.code())) {
                given.put(c.code(), new SettingRatings.Given(form.get("rating-" + c.code()), form.get("strengths-" + c.code())));
            }
        }
        try {
            if (!given.isEmpty()) {
                ratings.rate(who.area(), scope.asStaff(who, ref), given, who.username());
            }
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> column);
            errors.addTo(model);
            return strandPage(who, journey, s, form, model);
        }
        redirect.addFlashAttribute("saved", Copy.of("accreditation.setting.strand.saved", s.label()));
        int next = s.ordinal() + 1;
        return "redirect:" + SchemePages.base(who, ref) + (next < Strand.values().length ? "/strands/" + SchemePages.slug(Strand.values()[next]) : "");
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/submit")
    String check(AreaContext who, @PathVariable String ref, Model model) {
        model.addAttribute("form", new SubmitForm(null));
        return submitPage(who, scope.journey(who, ref), model);
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/submit")
    String submit(AreaContext who, @PathVariable String ref, @ModelAttribute("form") SubmitForm form, Model model, RedirectAttributes redirect) {
        Enrolment journey = scope.journey(who, ref);
        FormErrors errors = new FormErrors();
        if (!"yes".equals(form.confirm())) {
            errors.add("confirm", Copy.of("accreditation.setting.submit.confirmMissing"));
        } else {
            try {
                submissions.send(who.area(), scope.asStaff(who, ref), who.username());
                redirect.addFlashAttribute("saved", Copy.of("accreditation.setting.submit.sent", journey.mentorName()));
                return "redirect:" + SchemePages.base(who, ref);
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        return submitPage(who, journey, model);
    }

    private String strandPage(AreaContext who, Enrolment journey, Strand strand, Map<String, String> values, Model model) {
        model.addAttribute("journey", journey);
        model.addAttribute("strand", strand);
        model.addAttribute("slug", SchemePages.slug(strand));
        model.addAttribute("criteria", ofStrand(who, journey, strand));
        model.addAttribute("values", values);
        model.addAttribute("scale", Options.of(Arrays.asList(Rating.values()), Rating::name, Rating::label));
        model.addAttribute("labels", Arrays.stream(Rating.values()).collect(java.util.stream.Collectors.toMap(Rating::name, Rating::label)));
        model.addAttribute("editable", pages.mayChange(who, journey));
        model.addAttribute("base", SchemePages.base(who, journey.settingRef()));
        int next = strand.ordinal() + 1;
        model.addAttribute("last", next >= Strand.values().length);
        model.addAttribute("maxStrengths", SettingRatings.MAX_STRENGTHS);
        return "accreditation/setting-strand";
    }

    private String submitPage(AreaContext who, Enrolment journey, Model model) {
        List<Criterion> all = criteria.criteria(who.area(), journey.criteriaSetId(), journey.phase());
        Map<String, RatedCriterion> rated = ratings.of(who.area(), journey.id());
        Map<Strand, long[]> byStrand = new LinkedHashMap<>();
        for (Strand s : Strand.values()) {
            byStrand.put(s, new long[] {all.stream().filter(c -> c.strand() == s && rated.containsKey(c.code())).count(),
                    all.stream().filter(c -> c.strand() == s).count()});
        }
        model.addAttribute("journey", journey);
        model.addAttribute("byStrand", byStrand);
        model.addAttribute("slugs", Arrays.stream(Strand.values()).collect(java.util.stream.Collectors.toMap(s -> s, SchemePages::slug)));
        model.addAttribute("unrated", submissions.unrated(who.area(), journey));
        model.addAttribute("evidenceCount", evidence.of(who.area(), journey.id()).size());
        model.addAttribute("actionCount", plans.of(who.area(), journey.id()).size());
        model.addAttribute("base", SchemePages.base(who, journey.settingRef()));
        model.addAttribute("editable", pages.mayChange(who, journey));
        model.addAttribute("confirmOptions", Map.of("yes", Copy.of("accreditation.setting.submit.confirmYes")));
        return "accreditation/setting-submit";
    }

    private List<Criterion> ofStrand(AreaContext who, Enrolment journey, Strand strand) {
        return criteria.criteria(who.area(), journey.criteriaSetId(), journey.phase()).stream().filter(c -> c.strand() == strand).toList();
    }
}
