package org.strands.accreditation;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.InvalidInput;

/**
 * A setting sends its self-evaluation to its mentor once every criterion it is judged on is rated and it has a mentor;
 * otherwise it is told which criteria are left, and nothing changes.
 */
@Service
public class Submissions {

    private final SchemeCriteria criteria;
    private final SettingRatings ratings;
    private final SchemeStatuses statuses;

    Submissions(SchemeCriteria criteria, SettingRatings ratings, SchemeStatuses statuses) {
        this.criteria = criteria;
        this.ratings = ratings;
        this.statuses = statuses;
    }

    /** The criteria of the journey not rated yet, in order. */
    public List<Criterion> unrated(Area area, Enrolment journey) {
        Map<String, RatedCriterion> rated = ratings.of(area, journey.id());
        return criteria.criteria(area, journey.criteriaSetId(), journey.phase()).stream().filter(c -> !rated.containsKey(c.code())).toList();
    }

    /** Sends the self-evaluation to the mentor, refused with the field {@code confirm} while it is not ready. */
    @Transactional
    public void send(Area area, Enrolment journey, String by) {
        Evidence.open(journey);
        List<Criterion> left = unrated(area, journey);
        if (!left.isEmpty()) {
            throw InvalidInput.of("confirm", "Rate every criterion before you send the self-evaluation. Not rated yet: "
                    + String.join(", ", left.stream().map(Criterion::code).toList()) + ".");
        }
        if (journey.mentor() == null) {
            throw InvalidInput.of("confirm", "Your setting does not have a mentor yet. An area administrator gives each setting a mentor.");
        }
        statuses.move(area, journey.id(), SchemeStatus.IN_REVIEW, by, "Self-evaluation sent to the mentor");
    }
}
