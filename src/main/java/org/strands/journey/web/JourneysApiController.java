package org.strands.journey.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.journey.CareDirection;
import org.strands.journey.Children;
import org.strands.journey.ConsentChannel;
import org.strands.journey.ConsentPurpose;
import org.strands.journey.Deliverer;
import org.strands.journey.Discharge;
import org.strands.journey.DischargeReason;
import org.strands.journey.GoalDetails;
import org.strands.journey.Goals;
import org.strands.journey.IcfDomain;
import org.strands.journey.JourneyPermissions;
import org.strands.journey.JourneySource;
import org.strands.journey.Journeys;
import org.strands.journey.PlanItemDetails;
import org.strands.journey.RatingDomain;
import org.strands.journey.RatingOccasion;
import org.strands.journey.Ratings;
import org.strands.journey.ReviewDetails;
import org.strands.journey.StartJourney;
import org.strands.journey.SupportPlans;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/**
 * What a script records on a child's journey, as JSON: starting it, plan items, goals, reviews, ratings, consents and
 * discharge. Each answers 201 with the new id, or 422 with every problem named by its field. Dates as "2026-06-01".
 */
@RestController
@RequestMapping("/api/v1/areas/{area}")
class JourneysApiController {

    record Start(String source, String contactId, String requestId, String startedOn, String lead) {
    }

    record NewPlanItem(String offerId, String outcomeCode, String title, String deliveredBy, String direction, String startsOn,
            String endsOn, String hours, String sessions, String cost) {
    }

    record NewGoal(String goal, String domain, String muchLess, String less, String expected, String more, String muchMore,
            String weight, String baseline, String setOn, String planItemId) {
    }

    record Score(String goalId, String score) {
    }

    record NewReview(String reviewedOn, List<Score> scores, String note, Boolean atDischarge) {
    }

    record NewRatings(String ratedOn, String occasion, String impairment, String activity, String participation, String wellbeing,
            String carerWellbeing) {
    }

    record NewDischarge(String dischargedOn, String reason, String note) {
    }

    record NewConsent(String purpose, Boolean given, String channel) {
    }

    record Created(long id) {
    }

    private final Children children;
    private final Journeys journeys;
    private final SupportPlans plans;
    private final Goals goals;
    private final Ratings ratings;

    JourneysApiController(Children children, Journeys journeys, SupportPlans plans, Goals goals, Ratings ratings) {
        this.children = children;
        this.journeys = journeys;
        this.plans = plans;
        this.goals = goals;
        this.ratings = ratings;
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/children/{id}/journeys")
    @ResponseStatus(HttpStatus.CREATED)
    Created start(AreaContext area, @PathVariable long id, @RequestBody Start s) {
        return new Created(journeys.start(area, id, new StartJourney(ApiInputs.choice("source", JourneySource.class, s.source()),
                ApiInputs.id("contactId", s.contactId()), ApiInputs.id("requestId", s.requestId()), ApiInputs.date("startedOn", s.startedOn()),
                s.lead() == null || s.lead().isBlank() ? area.username() : s.lead().strip())));
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/children/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    void consent(AreaContext area, @PathVariable long id, @RequestBody NewConsent c) {
        children.recordConsent(area, id, ApiInputs.choice("purpose", ConsentPurpose.class, c.purpose()), c.given(),
                ApiInputs.choice("channel", ConsentChannel.class, c.channel()));
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/journeys/{id}/plan-items")
    @ResponseStatus(HttpStatus.CREATED)
    Created planItem(AreaContext area, @PathVariable long id, @RequestBody NewPlanItem i) {
        return new Created(plans.add(area, id, new PlanItemDetails(ApiInputs.id("offerId", i.offerId()), i.outcomeCode(), i.title(),
                ApiInputs.choice("deliveredBy", Deliverer.class, i.deliveredBy()), ApiInputs.choice("direction", CareDirection.class, i.direction()),
                ApiInputs.date("startsOn", i.startsOn()), ApiInputs.date("endsOn", i.endsOn()), ApiInputs.decimal("hours", i.hours()),
                ApiInputs.whole("sessions", i.sessions()), ApiInputs.decimal("cost", i.cost()))));
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/journeys/{id}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    Created goal(AreaContext area, @PathVariable long id, @RequestBody NewGoal g) {
        return new Created(goals.set(area, id, new GoalDetails(g.goal(), ApiInputs.choice("domain", IcfDomain.class, g.domain()), g.muchLess(),
                g.less(), g.expected(), g.more(), g.muchMore(), ApiInputs.decimal("weight", g.weight()), ApiInputs.whole("baseline", g.baseline()),
                ApiInputs.date("setOn", g.setOn()), ApiInputs.id("planItemId", g.planItemId()))));
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/journeys/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Created review(AreaContext area, @PathVariable long id, @RequestBody NewReview r) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        List<Score> typed = r.scores() == null ? List.of() : r.scores();
        if (typed.size() > 200) {
            throw org.strands.platform.InvalidInput.of("scores", "Score at most 200 goals in one review.");
        }
        for (Score s : typed) {
            Long goal = ApiInputs.id("scores", s == null ? null : s.goalId());
            if (goal != null) {
                scores.put(goal, ApiInputs.whole("score-" + goal, s.score()));
            }
        }
        return new Created(goals.review(area, id, new ReviewDetails(ApiInputs.date("reviewedOn", r.reviewedOn()), scores, r.note(),
                Boolean.TRUE.equals(r.atDischarge()))));
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/journeys/{id}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    void ratings(AreaContext area, @PathVariable long id, @RequestBody NewRatings r) {
        Map<RatingDomain, BigDecimal> scores = new EnumMap<>(RatingDomain.class);
        scores.put(RatingDomain.IMPAIRMENT, ApiInputs.decimal("impairment", r.impairment()));
        scores.put(RatingDomain.ACTIVITY, ApiInputs.decimal("activity", r.activity()));
        scores.put(RatingDomain.PARTICIPATION, ApiInputs.decimal("participation", r.participation()));
        scores.put(RatingDomain.WELLBEING, ApiInputs.decimal("wellbeing", r.wellbeing()));
        scores.put(RatingDomain.CARER_WELLBEING, ApiInputs.decimal("carerWellbeing", r.carerWellbeing()));
        ratings.record(area, id, ApiInputs.date("ratedOn", r.ratedOn()), ApiInputs.choice("occasion", RatingOccasion.class, r.occasion()), scores);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/journeys/{id}/discharge")
    @ResponseStatus(HttpStatus.CREATED)
    void discharge(AreaContext area, @PathVariable long id, @RequestBody NewDischarge d) {
        journeys.discharge(area, id, new Discharge(ApiInputs.date("dischargedOn", d.dischargedOn()),
                ApiInputs.choice("reason", DischargeReason.class, d.reason()), d.note()));
    }
}
