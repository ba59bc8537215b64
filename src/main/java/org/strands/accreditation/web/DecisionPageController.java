package org.strands.accreditation.web;

import java.util.EnumMap;
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
import org.strands.accreditation.Certificates;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Enrolments;
import org.strands.accreditation.MentorReview;
import org.strands.accreditation.PanelDecisions;
import org.strands.accreditation.RatedCriterion;
import org.strands.accreditation.Rating;
import org.strands.accreditation.Recommendation;
import org.strands.accreditation.SchemeCriteria;
import org.strands.accreditation.SchemeScope;
import org.strands.accreditation.SchemeStatus;
import org.strands.accreditation.SettingRatings;
import org.strands.framework.Strand;
import org.strands.platform.AreaContext;
import org.strands.platform.Conflict;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/**
 * The area panel's decision on a setting: the mentor's recommendation and verdicts, a summary of the setting's ratings
 * and its history; award what was recommended, or not yet, with a reason.
 */
@Controller
class DecisionPageController {

    /** A strand's verdict and how many of its criteria the setting rated at each level. */
    record StrandSummary(Strand strand, MentorReview.StrandReview review, Map<Rating, Integer> counts, int unrated) {
    }

    private final SchemeScope scope;
    private final Enrolments enrolments;
    private final SchemeCriteria criteria;
    private final SettingRatings ratings;
    private final MentorReview review;
    private final PanelDecisions decisions;
    private final Certificates certificates;
    private final Formats formats;

    DecisionPageController(SchemeScope scope, Enrolments enrolments, SchemeCriteria criteria, SettingRatings ratings, MentorReview review,
            PanelDecisions decisions, Certificates certificates, Formats formats) {
        this.scope = scope;
        this.enrolments = enrolments;
        this.criteria = criteria;
        this.ratings = ratings;
        this.review = review;
        this.decisions = decisions;
        this.certificates = certificates;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.DECIDE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/decision")
    String page(AreaContext who, @PathVariable String ref, Model model) {
        return page(who, scope.journey(who, ref), "", "", model);
    }

    @Requires(AccreditationPermissions.DECIDE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/decision")
    String decide(AreaContext who, @PathVariable String ref, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Enrolment journey = scope.journey(who, ref);
        FormErrors errors = new FormErrors();
        try {
            SchemeStatus now = decisions.decide(who.area(), journey.id(), outcome, reason, who.username());
            redirect.addFlashAttribute("saved", Copy.of(now.awarded() ? "accreditation.decision.awarded" : "accreditation.decision.notYet",
                    journey.setting(), now == SchemeStatus.CENTRE_OF_EXCELLENCE ? "a Centre of Excellence" : now.label().toLowerCase(java.util.Locale.UK)));
            return "redirect:/areas/" + who.area().slug() + "/scheme/settings/" + ref + "/decision";
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        } catch (Conflict e) {
            if (journey.status() != SchemeStatus.RECOMMENDED) {
                throw e; // nothing to decide: a page of its own, in plain words, nothing changed
            }
            errors.add("outcome", e.getMessage());
        }
        errors.addTo(model);
        return page(who, journey, outcome, reason, model);
    }

    private String page(AreaContext who, Enrolment journey, String outcome, String reason, Model model) {
        Map<String, RatedCriterion> rated = ratings.of(who.area(), journey.id());
        List<Criterion> all = criteria.criteria(who.area(), journey.criteriaSetId(), journey.phase());
        Map<Strand, MentorReview.StrandReview> reviews = review.of(who.area(), journey.id());
        List<StrandSummary> strands = java.util.Arrays.stream(Strand.values()).map(s -> {
            Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
            for (Rating r : Rating.values()) {
                counts.put(r, 0);
            }
            int unrated = 0;
            for (Criterion c : all) {
                if (c.strand() != s) {
                    continue;
                }
                RatedCriterion given = rated.get(c.code());
                if (given == null) {
                    unrated++;
                } else {
                    counts.merge(given.rating(), 1, Integer::sum);
                }
            }
            return new StrandSummary(s, reviews.get(s), counts, unrated);
        }).toList();
        Map<String, String> outcomes = new LinkedHashMap<>();
        if (journey.recommendation() != null) {
            outcomes.put("award", Copy.of(journey.recommendation() == Recommendation.CENTRE_OF_EXCELLENCE
                    ? "accreditation.decision.awardCentre" : "accreditation.decision.awardAccredited"));
        }
        outcomes.put("not-yet", Copy.of("accreditation.decision.notYetOption"));
        model.addAttribute("journey", journey);
        model.addAttribute("strands", strands);
        model.addAttribute("ratingLevels", Rating.values());
        model.addAttribute("history", enrolments.history(who.area(), journey.id()));
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("outcome", outcome);
        model.addAttribute("reason", reason);
        model.addAttribute("open", journey.status() == SchemeStatus.RECOMMENDED && journey.recommendation() != null);
        model.addAttribute("certificate", certificates.inDate(journey));
        model.addAttribute("formats", formats);
        return "accreditation/decision-setting";
    }
}
