package org.strands.journey.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.framework.OutcomeCode;
import org.strands.journey.CareDirection;
import org.strands.journey.Children;
import org.strands.journey.Deliverer;
import org.strands.journey.Goal;
import org.strands.journey.GoalDetails;
import org.strands.journey.Goals;
import org.strands.journey.IcfDomain;
import org.strands.journey.Journey;
import org.strands.journey.JourneyPermissions;
import org.strands.journey.Journeys;
import org.strands.journey.PlanItemDetails;
import org.strands.journey.RatingDomain;
import org.strands.journey.RatingOccasion;
import org.strands.journey.Ratings;
import org.strands.journey.ReviewDetails;
import org.strands.journey.SupportPlans;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import org.strands.platform.Options;
import org.strands.platform.Requires;
import org.strands.provision.Choice;

/** What is recorded along a journey, each on its own page: plan items, goals, reviews and ratings. */
@Controller
class PlanPageController {

    private final Journeys journeys;
    private final Children children;
    private final SupportPlans plans;
    private final Goals goals;
    private final Ratings ratings;
    private final Clock clock;

    PlanPageController(Journeys journeys, Children children, SupportPlans plans, Goals goals, Ratings ratings, Clock clock) {
        this.journeys = journeys;
        this.children = children;
        this.plans = plans;
        this.goals = goals;
        this.ratings = ratings;
        this.clock = clock;
    }

    private Journey journey(AreaContext area, long id, Model model) {
        Journey journey = journeys.one(area, id);
        model.addAttribute("journey", journey);
        model.addAttribute("child", children.one(area, journey.childId()));
        return journey;
    }

    private String saved(AreaContext area, long journeyId, RedirectAttributes redirect, String message, String anchor) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:" + Pages.child(area, journeys.one(area, journeyId).childId()) + anchor;
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/journeys/{id}/plan-items/new")
    String newItem(AreaContext area, @PathVariable long id, Model model) {
        journey(area, id, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", JourneyForms.PlanItem.empty(Pages.today(clock)));
        }
        model.addAttribute("offers", Options.of(plans.offers(area), o -> String.valueOf(o.id()),
                o -> o.name() + " (" + String.join(", ", o.outcomes()) + ")"));
        model.addAttribute("outcomes", Options.of(OutcomeCode.ALL, OutcomeCode::code,
                o -> o.code() + ": " + o.strand().label() + ", " + o.level().label().toLowerCase(java.util.Locale.ROOT)));
        model.addAttribute("deliverers", Pages.options(Deliverer.class));
        model.addAttribute("directions", Pages.options(CareDirection.class));
        return "journey/plan-item-form";
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/journeys/{id}/plan-items")
    String addItem(AreaContext area, @PathVariable long id, @ModelAttribute("form") JourneyForms.PlanItem form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        PlanItemDetails item = form.read(errors);
        try {
            if (errors.isEmpty()) {
                plans.add(area, id, item);
                return saved(area, id, redirect, "Added to the plan.", "#plan");
            }
        } catch (InvalidInput e) {
            Pages.add(errors, e, "offerId");
        }
        errors.addTo(model);
        return newItem(area, id, model);
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/journeys/{id}/goals/new")
    String newGoal(AreaContext area, @PathVariable long id, Model model) {
        journey(area, id, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", JourneyForms.Goal.empty(Pages.today(clock)));
        }
        model.addAttribute("domains", Pages.options(IcfDomain.class));
        model.addAttribute("baselines", Map.of("-1", "Less than expected (\u22121)", "-2", "Much less than expected (\u22122)"));
        model.addAttribute("items", Options.of(plans.items(area, id), i -> String.valueOf(i.id()), i -> i.title()));
        return "journey/goal-form";
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/journeys/{id}/goals")
    String setGoal(AreaContext area, @PathVariable long id, @ModelAttribute("form") JourneyForms.Goal form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        GoalDetails goal = form.read(errors);
        try {
            if (errors.isEmpty()) {
                goals.set(area, id, goal);
                return saved(area, id, redirect, "Goal set.", "#goals");
            }
        } catch (InvalidInput e) {
            Pages.add(errors, e, "goal");
        }
        errors.addTo(model);
        return newGoal(area, id, model);
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/journeys/{id}/reviews/new")
    String newReview(AreaContext area, @PathVariable long id, Model model) {
        journey(area, id, model);
        List<Goal> set = goals.of(area, id);
        model.addAttribute("goals", set);
        model.addAttribute("goalHints", set.stream().collect(java.util.stream.Collectors.toMap(Goal::id,
                g -> "Set on " + org.strands.platform.Formats.ukDate(g.setOn()) + ".")));
        Map<String, String> scale = new LinkedHashMap<>();
        for (int s = 2; s >= -2; s--) {
            scale.put(String.valueOf(s), Goals.scoreInWords(s));
        }
        model.addAttribute("scale", scale);
        model.addAttribute("atDischargeOptions", Map.of("yes", "Yes"));
        if (!model.containsAttribute("typed")) {
            java.time.LocalDate today = Pages.today(clock);
            model.addAttribute("typed", Map.of("reviewedOnDay", Pages.day(today), "reviewedOnMonth", Pages.month(today), "reviewedOnYear",
                    Pages.year(today)));
        }
        Object typed = model.getAttribute("typed");
        model.addAttribute("atDischargeSelected", typed instanceof Map<?, ?> m && "yes".equals(m.get("atDischarge")) ? List.of("yes") : List.of());
        return "journey/review-form";
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/journeys/{id}/reviews")
    String review(AreaContext area, @PathVariable long id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        java.time.LocalDate on = JourneyForms.required(errors, "reviewedOn", typed.get("reviewedOnDay"), typed.get("reviewedOnMonth"),
                typed.get("reviewedOnYear"), "of the review");
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (Goal g : goals.of(area, id)) {
            String value = typed.get("score-" + g.id());
            if (value != null && !value.isBlank()) {
                scores.put(g.id(), errors.parse("score-" + g.id(), value, Numbers::wholeInt));
            }
        }
        try {
            if (errors.isEmpty()) {
                goals.review(area, id, new ReviewDetails(on, scores, typed.get("note"), "yes".equals(typed.get("atDischarge"))));
                return saved(area, id, redirect, "Review saved.", "#goals");
            }
        } catch (InvalidInput e) {
            Pages.add(errors, e, "reviewedOn");
        }
        errors.addTo(model);
        model.addAttribute("typed", typed);
        return newReview(area, id, model);
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/journeys/{id}/ratings/new")
    String newRatings(AreaContext area, @PathVariable long id, Model model) {
        journey(area, id, model);
        boolean first = ratings.of(area, id).isEmpty();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", JourneyForms.Ratings.empty(Pages.today(clock), first ? RatingOccasion.START.name() : RatingOccasion.REVIEW.name()));
        }
        model.addAttribute("occasions", Pages.options(RatingOccasion.class));
        Map<String, String> points = new LinkedHashMap<>();
        for (int half = 0; half <= 10; half++) {
            String value = half % 2 == 0 ? String.valueOf(half / 2) : (half / 2) + ".5";
            points.put(value, value);
        }
        model.addAttribute("points", points);
        model.addAttribute("domains", java.util.Arrays.stream(RatingDomain.values())
                .collect(java.util.stream.Collectors.toMap(Ratings::field, Choice::label, (a, b) -> a, LinkedHashMap::new)));
        return "journey/ratings-form";
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/journeys/{id}/ratings")
    String rate(AreaContext area, @PathVariable long id, @ModelAttribute("form") JourneyForms.Ratings form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        java.time.LocalDate on = JourneyForms.required(errors, "ratedOn", form.ratedOnDay(), form.ratedOnMonth(), form.ratedOnYear(), "of the ratings");
        Map<RatingDomain, java.math.BigDecimal> scores = form.scores(errors);
        try {
            if (errors.isEmpty()) {
                ratings.record(area, id, on, Choice.parse(RatingOccasion.class, form.occasion()).orElse(null), scores);
                return saved(area, id, redirect, "Ratings saved.", "#ratings");
            }
        } catch (InvalidInput e) {
            Pages.add(errors, e, "ratedOn");
        }
        errors.addTo(model);
        return newRatings(area, id, model);
    }
}
