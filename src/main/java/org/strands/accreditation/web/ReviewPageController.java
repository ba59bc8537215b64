package org.strands.accreditation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.ActionPlans;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Evidence;
import org.strands.accreditation.EvidenceItem;
import org.strands.accreditation.MentorReview;
import org.strands.accreditation.PlannedAction;
import org.strands.accreditation.RatedCriterion;
import org.strands.accreditation.SchemeCriteria;
import org.strands.accreditation.SchemeScope;
import org.strands.accreditation.SchemeStatus;
import org.strands.accreditation.SettingRatings;
import org.strands.accreditation.Strands;
import org.strands.framework.Strand;
import org.strands.platform.AreaContext;
import org.strands.platform.Conflict;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Requires;

/**
 * The mentor's review of a setting they mentor: strand by strand, its ratings and strengths against each criterion, its
 * evidence and action plan, with a verdict and comment on each strand; asking for more evidence; and recommending the
 * setting to the panel.
 */
@Controller
class ReviewPageController {

    /** A criterion with the setting's rating of it (null when not rated). */
    record CriterionRow(Criterion criterion, RatedCriterion rated) {
    }

    /** One strand of the review, with what the mentor said of it and the form as typed. */
    record StrandView(Strand strand, String slug, List<CriterionRow> criteria, List<EvidenceItem> evidence, List<PlannedAction> actions,
            MentorReview.StrandReview review, String verdict, String comment) {
    }

    private final SchemeScope scope;
    private final SchemeCriteria criteria;
    private final SettingRatings ratings;
    private final Evidence evidence;
    private final ActionPlans plans;
    private final MentorReview review;
    private final Formats formats;
    private final Clock clock;

    ReviewPageController(SchemeScope scope, SchemeCriteria criteria, SettingRatings ratings, Evidence evidence, ActionPlans plans,
            MentorReview review, Formats formats, Clock clock) {
        this.scope = scope;
        this.criteria = criteria;
        this.ratings = ratings;
        this.evidence = evidence;
        this.plans = plans;
        this.review = review;
        this.formats = formats;
        this.clock = clock;
    }

    @Requires(AccreditationPermissions.REVIEW)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/review")
    String page(AreaContext who, @PathVariable String ref, Model model) {
        Enrolment journey = review.forReview(who, ref);
        return page(who, journey, null, null, null, "", model);
    }

    @Requires(AccreditationPermissions.REVIEW)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/review/strands/{strand}")
    String judge(AreaContext who, @PathVariable String ref, @PathVariable String strand, @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        Enrolment journey = review.forReview(who, ref);
        Strand s = Strands.of(strand).orElseThrow(() -> new NotFound("There is no such strand in the scheme."));
        FormErrors errors = new FormErrors();
        try {
            MentorReview.StrandReview saved = review.judge(who.area(), journey, s, verdict, comment, who.username());
            redirect.addFlashAttribute("saved", Copy.of("accreditation.review.saved", s.label(), saved.verdict().label().toLowerCase(java.util.Locale.UK)));
            return "redirect:/areas/" + who.area().slug() + "/scheme/settings/" + ref + "/review#strand-" + strand;
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column + "-" + strand);
        } catch (Conflict e) {
            errors.add("verdict-" + strand, e.getMessage());
        }
        errors.addTo(model);
        return page(who, journey, s, verdict, comment, "", model);
    }

    @Requires(AccreditationPermissions.REVIEW)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/review/more-evidence")
    String moreEvidence(AreaContext who, @PathVariable String ref, @RequestParam(required = false) String message, Model model,
            RedirectAttributes redirect) {
        Enrolment journey = review.forReview(who, ref);
        FormErrors errors = new FormErrors();
        try {
            review.askForMoreEvidence(who.area(), journey, message, who.username());
            redirect.addFlashAttribute("saved", Copy.of("accreditation.review.askedForMore", journey.setting()));
            return "redirect:/areas/" + who.area().slug() + "/my-mentoring";
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        } catch (Conflict e) {
            errors.add("message", e.getMessage());
        }
        errors.addTo(model);
        return page(who, journey, null, null, null, message, model);
    }

    @Requires(AccreditationPermissions.REVIEW)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/recommend")
    String recommendPage(AreaContext who, @PathVariable String ref, Model model) {
        Enrolment journey = review.forReview(who, ref);
        return recommendPage(who, journey, "", "", journey.sharesPractice(), model);
    }

    @Requires(AccreditationPermissions.REVIEW)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/recommend")
    String recommend(AreaContext who, @PathVariable String ref, @RequestParam(required = false) String award,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String sharesPractice, Model model,
            RedirectAttributes redirect) {
        Enrolment journey = review.forReview(who, ref);
        FormErrors errors = new FormErrors();
        try {
            review.recommend(who.area(), journey, award, reason, sharesPractice, who.username());
            redirect.addFlashAttribute("saved", Copy.of("accreditation.recommend.done", journey.setting()));
            return "redirect:/areas/" + who.area().slug() + "/my-mentoring";
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        } catch (Conflict e) {
            errors.add("award", e.getMessage());
        }
        errors.addTo(model);
        return recommendPage(who, journey, award, reason, sharesPractice, model);
    }

    private String recommendPage(AreaContext who, Enrolment journey, String award, String reason, String sharesPractice, Model model) {
        Map<String, String> awards = new LinkedHashMap<>();
        awards.put("accredited", Copy.of("accreditation.recommend.accredited"));
        awards.put("centre-of-excellence", Copy.of("accreditation.recommend.centre"));
        model.addAttribute("journey", journey);
        model.addAttribute("awards", awards);
        model.addAttribute("award", award);
        model.addAttribute("reason", reason);
        model.addAttribute("sharesPractice", sharesPractice);
        model.addAttribute("notMet", review.notMet(who.area(), journey.id()));
        model.addAttribute("notEmbedded", review.notEmbedded(who.area(), journey).size());
        model.addAttribute("open", journey.status() == SchemeStatus.IN_REVIEW && review.isMentor(who, journey));
        return "accreditation/review-recommend";
    }

    private String page(AreaContext who, Enrolment journey, Strand typedFor, String verdict, String comment, String message, Model model) {
        Map<String, RatedCriterion> rated = ratings.of(who.area(), journey.id());
        Map<Strand, MentorReview.StrandReview> reviews = review.of(who.area(), journey.id());
        List<Criterion> all = criteria.criteria(who.area(), journey.criteriaSetId(), journey.phase());
        List<EvidenceItem> items = evidence.of(who.area(), journey.id());
        List<PlannedAction> actions = plans.of(who.area(), journey.id());
        Map<String, Strand> strandOf = new LinkedHashMap<>();
        all.forEach(c -> strandOf.put(c.code(), c.strand()));
        List<StrandView> strands = new ArrayList<>();
        for (Strand s : Strand.values()) {
            MentorReview.StrandReview r = reviews.get(s);
            boolean typed = s == typedFor;
            strands.add(new StrandView(s, Strands.slug(s),
                    all.stream().filter(c -> c.strand() == s).map(c -> new CriterionRow(c, rated.get(c.code()))).toList(),
                    items.stream().filter(i -> i.criterion() != null && strandOf.get(i.criterion()) == s).toList(),
                    actions.stream().filter(a -> a.criterion() != null && strandOf.get(a.criterion()) == s).toList(), r,
                    typed ? verdict : (r == null ? null : r.verdict().code()), typed ? comment : (r == null ? null : r.comment())));
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (MentorReview.Verdict v : MentorReview.Verdict.values()) {
            verdicts.put(v.code(), v.label());
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        model.addAttribute("journey", journey);
        model.addAttribute("months", journey.monthsIn(today));
        model.addAttribute("strands", strands);
        model.addAttribute("verdicts", verdicts);
        model.addAttribute("general", items.stream().filter(i -> i.criterion() == null || !strandOf.containsKey(i.criterion())).toList());
        model.addAttribute("generalActions", actions.stream().filter(a -> a.criterion() == null || !strandOf.containsKey(a.criterion())).toList());
        model.addAttribute("notMet", review.notMet(who.area(), journey.id()).size());
        model.addAttribute("open", journey.status() == SchemeStatus.IN_REVIEW && review.isMentor(who, journey));
        model.addAttribute("message", message);
        model.addAttribute("formats", formats);
        return "accreditation/review-setting";
    }
}
