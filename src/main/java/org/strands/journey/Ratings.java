package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.AreaContext;
import org.strands.platform.AuditTrail;
import org.strands.platform.RowErrors;

/** Ratings of function, 0 to 5 in half points, at the start, at reviews and at discharge, with the change from the first. */
@Service
public class Ratings {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private final JdbcClient db;
    private final JourneyRules rules;
    private final JourneySummaries summaries;
    private final AuditTrail audit;

    Ratings(JdbcClient db, JourneyRules rules, JourneySummaries summaries, AuditTrail audit) {
        this.db = db;
        this.rules = rules;
        this.summaries = summaries;
        this.audit = audit;
    }

    public List<Rating> of(AreaContext area, long journeyId) {
        rules.journey(area, journeyId);
        return ratingsOf(area.areaId(), journeyId);
    }

    /** The journey's ratings, for a caller that has already checked the person may see its child. */
    List<Rating> ratingsOf(long areaId, long journeyId) {
        return db.sql("select * from journey_rating where journey_id = ? and area_id = ? order by rated_on, id").params(journeyId, areaId)
                .query((rs, n) -> new Rating(rs.getLong("id"), journeyId, rs.getObject("rated_on", LocalDate.class),
                        RatingOccasion.valueOf(rs.getString("occasion")), RatingDomain.valueOf(rs.getString("domain")),
                        rs.getBigDecimal("score").stripTrailingZeros()))
                .list();
    }

    /** Each rated domain's first and latest rating, in the order of the domains. */
    public static List<RatingChange> changes(List<Rating> ratings) {
        List<RatingChange> changes = new ArrayList<>();
        for (RatingDomain domain : RatingDomain.values()) {
            List<Rating> in = ratings.stream().filter(r -> r.domain() == domain).toList();
            if (!in.isEmpty()) {
                changes.add(new RatingChange(domain, in.getFirst().score(), in.getLast().score()));
            }
        }
        return changes;
    }

    /** Records the ratings given on a day; refused, naming the domain, for a score off the scale or not in half points. */
    @Transactional
    public void record(AreaContext area, long journeyId, LocalDate ratedOn, RatingOccasion occasion, Map<RatingDomain, BigDecimal> scores) {
        Journey journey = rules.open(area, journeyId);
        RowErrors errors = new RowErrors();
        rules.day(errors, "ratedOn", ratedOn, journey, "of the ratings");
        if (occasion == null) {
            errors.add(0, "occasion", "Choose when the ratings were made: at the start, at a review or at discharge.");
        }
        if (scores.values().stream().allMatch(java.util.Objects::isNull)) {
            errors.add(0, "impairment", "Rate at least one domain.");
        }
        scores.forEach((domain, score) -> {
            if (score != null && (score.signum() < 0 || score.compareTo(FIVE) > 0
                    || score.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0)) {
                errors.add(0, field(domain), "Rate " + domain.label().toLowerCase(java.util.Locale.ROOT)
                        + " from 0 to 5 in half points, like 2.5.");
            }
        });
        if (!errors.isEmpty()) {
            throw errors.refused("The ratings were not saved.");
        }
        scores.forEach((domain, score) -> {
            if (score != null) {
                db.sql("insert into journey_rating (area_id, journey_id, rated_on, occasion, domain, score, recorded_by) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(area.areaId(), journeyId, ratedOn, occasion.name(), domain.name(), score, area.username()).update();
            }
        });
        audit.record(area.areaId(), "RATE", "journey", String.valueOf(journeyId), occasion.name());
        summaries.refresh(area.areaId(), List.of(journeyId));
    }

    /** The field of a domain in forms and the API: impairment, activity, participation, wellbeing, carerWellbeing. */
    public static String field(RatingDomain domain) {
        return domain == RatingDomain.CARER_WELLBEING ? "carerWellbeing" : domain.name().toLowerCase(java.util.Locale.ROOT);
    }
}
