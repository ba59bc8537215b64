package org.strands.journey.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.journey.ChildDetails;
import org.strands.journey.ChildSummary;
import org.strands.journey.Children;
import org.strands.journey.Ethnicity;
import org.strands.journey.FamilyContact;
import org.strands.journey.Goals;
import org.strands.journey.JourneyPermissions;
import org.strands.journey.Journeys;
import org.strands.journey.Review;
import org.strands.journey.Sex;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/**
 * Children as JSON: the children the caller may see (never their NHS number or family contacts), recording a child, and
 * a child's goal attainment review by review.
 */
@RestController
@RequestMapping("/api/v1/areas/{area}/children")
class ChildrenApiController {

    record NewChild(String nhsNumber, String bornMonth, String smallArea, String settingRef, List<String> languages,
            Boolean interpreterNeeded, String sex, String ethnicity, List<FamilyContact> contacts) {
    }

    record Created(long id, String ref) {
    }

    record ChildList(List<ChildSummary> children, boolean more) {
    }

    record GoalScore(long goalId, Number weight, int score) {
    }

    record ReviewScores(String date, double tScore, List<GoalScore> goals) {
    }

    record GoalAttainmentReviews(List<ReviewScores> reviews) {
    }

    private final Children children;
    private final Journeys journeys;
    private final Goals goals;

    ChildrenApiController(Children children, Journeys journeys, Goals goals) {
        this.children = children;
        this.journeys = journeys;
        this.goals = goals;
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping
    ChildList list(AreaContext area, @RequestParam(required = false) String ref, @RequestParam(required = false) String page) {
        Integer p = ApiInputs.whole("page", page);
        List<ChildSummary> found = children.visible(area, ref, p == null ? 0 : Math.max(0, Math.min(p, 100_000)));
        return new ChildList(found.stream().limit(Children.PAGE).toList(), found.size() > Children.PAGE);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(AreaContext area, @RequestBody NewChild c) {
        long id = children.create(area, details(c));
        return new Created(id, children.one(area, id).ref());
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/{id}/goal-attainment")
    GoalAttainmentReviews goalAttainment(AreaContext area, @PathVariable long id) {
        children.one(area, id);
        List<ReviewScores> reviews = journeys.of(area, id).stream().flatMap(j -> {
            Map<Long, BigDecimal> weights = goals.of(area, j.id()).stream()
                    .collect(java.util.stream.Collectors.toMap(org.strands.journey.Goal::id, org.strands.journey.Goal::weight));
            return goals.reviews(area, j.id()).stream().map(r -> review(r, weights));
        }).sorted(Comparator.comparing(ReviewScores::date)).toList();
        return new GoalAttainmentReviews(reviews);
    }

    private static ReviewScores review(Review r, Map<Long, BigDecimal> weights) {
        List<GoalScore> scores = r.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new GoalScore(e.getKey(), number(weights.get(e.getKey())), e.getValue())).toList();
        return new ReviewScores(r.reviewedOn().toString(), r.tScore().doubleValue(), scores);
    }

    private static Number number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() <= 0 ? (Number) s.longValueExact() : (Number) s.doubleValue();
    }

    static ChildDetails details(NewChild c) {
        return new ChildDetails(c.nhsNumber(), ApiInputs.month("bornMonth", c.bornMonth()), c.smallArea(), c.settingRef(), c.languages(),
                Boolean.TRUE.equals(c.interpreterNeeded()), ApiInputs.choice("sex", Sex.class, c.sex()),
                ApiInputs.choice("ethnicity", Ethnicity.class, c.ethnicity()), c.contacts());
    }
}
