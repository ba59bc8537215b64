package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.AreaContext;
import org.strands.platform.AuditTrail;
import org.strands.platform.Formats;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/** Functional goals scored by goal attainment scaling, and the reviews that score them with their T-scores. */
@Service
public class Goals {

    /** The plain words of the five scores, −2 to +2. */
    public static final List<String> SCORE_WORDS = List.of("Much less than expected", "Less than expected", "As expected",
            "More than expected", "Much more than expected");
    static final String[] LEVEL_FIELDS = {"muchLess", "less", "expected", "more", "muchMore"};

    private final JdbcClient db;
    private final JourneyRules rules;
    private final JourneySummaries summaries;
    private final AuditTrail audit;

    Goals(JdbcClient db, JourneyRules rules, JourneySummaries summaries, AuditTrail audit) {
        this.db = db;
        this.rules = rules;
        this.summaries = summaries;
        this.audit = audit;
    }

    /** The words of a score, −2 to +2: "More than expected (+1)". */
    public static String scoreInWords(int score) {
        return SCORE_WORDS.get(score + 2) + " (" + (score > 0 ? "+" : score < 0 ? "\u2212" : "") + Math.abs(score) + ")";
    }

    public List<Goal> of(AreaContext area, long journeyId) {
        rules.journey(area, journeyId);
        return goals(area.areaId(), journeyId);
    }

    public List<Review> reviews(AreaContext area, long journeyId) {
        rules.journey(area, journeyId);
        return reviewsOf(area.areaId(), journeyId);
    }

    /** The journey's reviews, for a caller that has already checked the person may see its child. */
    List<Review> reviewsOf(long areaId, long journeyId) {
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        db.sql("select s.review_id, s.goal_id, s.score from journey_goal_score s join journey_review r on r.id = s.review_id where r.journey_id = ?")
                .param(journeyId).query(rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return db.sql("select * from journey_review where journey_id = ? and area_id = ? order by reviewed_on, id").params(journeyId, areaId)
                .query((rs, n) -> new Review(rs.getLong("id"), journeyId, rs.getObject("reviewed_on", LocalDate.class), rs.getBoolean("at_discharge"),
                        rs.getBigDecimal("t_score"), rs.getString("note"), scores.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    @Transactional
    public long set(AreaContext area, long journeyId, GoalDetails goal) {
        Journey journey = rules.open(area, journeyId);
        RowErrors errors = new RowErrors();
        String text = text(errors, "goal", goal.goal(), TextLimits.DESCRIPTION, "Enter the goal: what the child will be able to do.");
        if (goal.domain() == null) {
            errors.add(0, "domain", "Choose what the goal is about: impairment, activity, participation or wellbeing.");
        }
        String[] typed = {goal.muchLess(), goal.less(), goal.expected(), goal.more(), goal.muchMore()};
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            levels.add(text(errors, LEVEL_FIELDS[i], typed[i], TextLimits.DESCRIPTION,
                    "Describe in words what \u201c" + SCORE_WORDS.get(i).toLowerCase(java.util.Locale.ROOT) + "\u201d would look like."));
        }
        BigDecimal weight = goal.weight() == null ? BigDecimal.ONE : goal.weight();
        if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0 || weight.stripTrailingZeros().scale() > 1) {
            errors.add(0, "weight", "Enter a weight more than 0 and up to 100, with at most one decimal place; 1 when goals count equally.");
        }
        if (goal.baseline() == null || (goal.baseline() != -1 && goal.baseline() != -2)) {
            errors.add(0, "baseline", "Choose where the child is now: less than expected (\u22121) or much less than expected (\u22122).");
        }
        rules.day(errors, "setOn", goal.setOn(), journey, "the goal was set");
        if (goal.planItemId() != null && !db.sql("select count(*) > 0 from journey_plan_item where id = ? and journey_id = ?")
                .params(goal.planItemId(), journeyId).query(Boolean.class).single()) {
            errors.add(0, "planItemId", "Choose an item of this child's support plan, or none.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The goal was not saved.");
        }
        long id = db.sql("""
                insert into journey_goal (area_id, journey_id, plan_item_id, goal, icf_domain, much_less, less, expected, more, much_more,
                    weight, baseline, set_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(area.areaId(), journeyId, goal.planItemId(), text, goal.domain().name(), levels.get(0), levels.get(1), levels.get(2),
                        levels.get(3), levels.get(4), weight, goal.baseline(), goal.setOn(), area.username())
                .query(Long.class).single();
        audit.record(area.areaId(), "GOAL", "journey", String.valueOf(journeyId), String.valueOf(id));
        summaries.refresh(area.areaId(), List.of(journeyId));
        return id;
    }

    /**
     * Scores every goal set by the review's day and stores the T-score; refused, naming the field, for a score off the scale, a
     * score of a goal set after the review, a goal left unscored, or a day before the journey started or in the future.
     */
    @Transactional
    public long review(AreaContext area, long journeyId, ReviewDetails review) {
        Journey journey = rules.open(area, journeyId);
        RowErrors errors = new RowErrors();
        rules.day(errors, "reviewedOn", review.reviewedOn(), journey, "of the review");
        List<Goal> goals = goals(area.areaId(), journeyId);
        Map<Long, Goal> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.id(), g));
        List<GoalAttainment.WeightedScore> weighted = new ArrayList<>();
        if (goals.isEmpty()) {
            errors.add(0, "scores", "Set a goal before reviewing: a review scores the child's goals.");
        }
        review.scores().forEach((goalId, score) -> {
            Goal goal = byId.get(goalId);
            if (goal == null) {
                errors.add(0, "score-" + goalId, "Score only this child's goals.");
            } else if (score != null && (score < -2 || score > 2)) {
                errors.add(0, "score-" + goalId, "Choose a score from \u22122 (much less than expected) to +2 (much more than expected).");
            } else if (review.reviewedOn() != null && review.reviewedOn().isBefore(goal.setOn())) {
                errors.add(0, "score-" + goalId, "This goal was set on " + Formats.ukDate(goal.setOn())
                        + ", after the review: date the review on or after it, or leave the goal out.");
            }
        });
        if (review.reviewedOn() != null) {
            for (Goal goal : goals) {
                Integer score = review.scores().get(goal.id());
                if (!goal.setOn().isAfter(review.reviewedOn())) {
                    if (score == null) {
                        errors.add(0, "score-" + goal.id(), "Score the goal \u201c" + shortened(goal.goal()) + "\u201d: every goal set by the review is scored.");
                    } else if (score >= -2 && score <= 2) {
                        weighted.add(new GoalAttainment.WeightedScore(goal.weight(), score));
                    }
                }
            }
            if (!goals.isEmpty() && goals.stream().allMatch(g -> g.setOn().isAfter(review.reviewedOn()))) {
                errors.add(0, "reviewedOn", "Enter a day on or after the first goal was set, " + Formats.ukDate(goals.getFirst().setOn()) + ".");
            }
        }
        String note = review.note() == null || review.note().isBlank() ? null : review.note().strip();
        if (note != null && (note.length() > TextLimits.NOTE || TextLimits.hasNul(note))) {
            errors.add(0, "note", "Keep the note to 10,000 characters.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The review was not saved.");
        }
        BigDecimal t = GoalAttainment.tScore(weighted);
        long id = db.sql("""
                insert into journey_review (area_id, journey_id, reviewed_on, at_discharge, t_score, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(area.areaId(), journeyId, review.reviewedOn(), review.atDischarge(), t, note, area.username()).query(Long.class).single();
        for (Goal goal : goals) {
            if (!goal.setOn().isAfter(review.reviewedOn())) {
                db.sql("insert into journey_goal_score (review_id, goal_id, area_id, score) values (?, ?, ?, ?)")
                        .params(id, goal.id(), area.areaId(), review.scores().get(goal.id())).update();
            }
        }
        audit.record(area.areaId(), "REVIEW", "journey", String.valueOf(journeyId), t.toPlainString());
        summaries.refresh(area.areaId(), List.of(journeyId));
        return id;
    }

    /** The journey's goals, for a caller that has already checked the person may see its child. */
    List<Goal> goals(long areaId, long journeyId) {
        return db.sql("select * from journey_goal where journey_id = ? and area_id = ? order by set_on, id").params(journeyId, areaId)
                .query((rs, n) -> new Goal(rs.getLong("id"), journeyId, (Long) rs.getObject("plan_item_id"), rs.getString("goal"),
                        IcfDomain.valueOf(rs.getString("icf_domain")), List.of(rs.getString("much_less"), rs.getString("less"),
                        rs.getString("expected"), rs.getString("more"), rs.getString("much_more")), rs.getBigDecimal("weight").stripTrailingZeros(),
                        rs.getInt("baseline"), rs.getObject("set_on", LocalDate.class)))
                .list();
    }

    private static String text(RowErrors errors, String field, String typed, int longest, String missing) {
        String text = typed == null || typed.isBlank() ? null : typed.strip();
        if (text == null) {
            errors.add(0, field, missing);
        } else if (text.length() > longest || TextLimits.hasNul(text)) {
            errors.add(0, field, "Keep it to " + String.format("%,d", longest) + " characters.");
        }
        return text;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "\u2026";
    }
}
