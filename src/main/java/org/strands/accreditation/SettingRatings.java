package org.strands.accreditation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/**
 * A setting's ratings of the criteria it is judged on. SettingRatings are saved as they are given, a strand or a single
 * criterion at a time, while the self-evaluation is with the setting.
 */
@Service
public class SettingRatings {

    /** The most characters of strengths noted against one criterion. */
    public static final int MAX_STRENGTHS = 2000;

    /** A rating as given on a form or through the API: the rating's code or label, and strengths. */
    public record Given(String rating, String strengths) {
    }

    private final JdbcClient db;
    private final SchemeCriteria criteria;

    SettingRatings(JdbcClient db, SchemeCriteria criteria) {
        this.db = db;
        this.criteria = criteria;
    }

    /** The journey's ratings by criterion code. */
    public Map<String, RatedCriterion> of(Area area, long enrolmentId) {
        return db.sql("""
                select criterion_code, rating, strengths, rated_by, rated_at from accreditation_rating
                where area_id = :area and enrolment_id = :id""").param("area", area.id()).param("id", enrolmentId)
                .query((rs, n) -> new RatedCriterion(rs.getString(1), Rating.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class)))
                .list().stream().collect(Collectors.toMap(RatedCriterion::code, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Saves ratings by criterion code, all or none. A rating left empty keeps none; one not on the scale, a code the
     * setting is not judged on, or strengths too long are refused with the field ({@code rating-FS1.1},
     * {@code strengths-FS1.1}) and the reason.
     */
    @Transactional
    public void rate(Area area, Enrolment journey, Map<String, Given> given, String by) {
        Evidence.holdOpen(db, journey);
        Set<String> codes = criteria.criteria(area, journey.criteriaSetId(), journey.phase()).stream().map(Criterion::code)
                .collect(Collectors.toSet());
        List<RowError> errors = new ArrayList<>();
        Map<String, Rating> ratings = new LinkedHashMap<>();
        given.forEach((code, g) -> {
            if (!codes.contains(code)) {
                errors.add(new RowError(0, "rating-" + code, code + " is not one of the criteria this setting is judged on."));
                return;
            }
            String text = g.rating() == null ? "" : g.rating().strip();
            if (!text.isEmpty()) {
                Rating.parse(text).ifPresentOrElse(r -> ratings.put(code, r), () -> errors.add(new RowError(0, "rating-" + code,
                        "Choose not yet, emerging, established or embedded for " + code + ".")));
            }
            String strengths = g.strengths() == null ? "" : g.strengths().strip();
            if (strengths.length() > MAX_STRENGTHS || org.strands.platform.TextLimits.hasNul(strengths)) {
                errors.add(new RowError(0, "strengths-" + code, "Strengths for " + code + " must be " + MAX_STRENGTHS
                        + " characters or fewer."));
            } else if (!strengths.isEmpty() && text.isEmpty()) {
                errors.add(new RowError(0, "rating-" + code, "Choose a rating for " + code + " as well as its strengths."));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput("The ratings were not saved.", errors);
        }
        ratings.forEach((code, rating) -> {
            String strengths = given.get(code).strengths() == null || given.get(code).strengths().isBlank() ? null : given.get(code).strengths().strip();
            db.sql("""
                    insert into accreditation_rating (enrolment_id, area_id, criterion_code, rating, strengths, rated_by, rated_at)
                    values (:id, :area, :code, :rating, :strengths, :by, now())
                    on conflict (enrolment_id, criterion_code) do update set rating = excluded.rating, strengths = excluded.strengths,
                        rated_by = excluded.rated_by, rated_at = excluded.rated_at""")
                    .param("id", journey.id()).param("area", area.id()).param("code", code).param("rating", rating.name())
                    .param("strengths", strengths).param("by", by).update();
        });
    }
}
