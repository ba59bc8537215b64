package org.strands.accreditation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.Conflict;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/**
 * The area panel's decision on a mentor's recommendation: award what was recommended (accreditation, or Centre of
 * Excellence while every criterion is still rated embedded), or "not yet", which sends the setting back to its
 * self-evaluation. Nothing is awarded without a recommendation. Every decision is kept with who, when and why.
 */
@Service
public class PanelDecisions {

    /** What the panel decides. */
    public enum Outcome {
        AWARD("award"), NOT_YET("not-yet");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Enrolments enrolments;
    private final SchemeStatuses statuses;
    private final MentorReview review;

    PanelDecisions(Enrolments enrolments, SchemeStatuses statuses, MentorReview review) {
        this.enrolments = enrolments;
        this.statuses = statuses;
        this.review = review;
    }

    /**
     * Decides ({@code award} or {@code not-yet}) with a reason, and answers the status the setting now has. Refused beside
     * the field when the form is incomplete, and as a conflict (nothing changed) when there is no recommendation to award
     * or Centre of Excellence no longer holds.
     */
    @Transactional
    public SchemeStatus decide(Area area, long enrolmentId, String outcome, String reason, String by) {
        List<RowError> errors = new ArrayList<>();
        Outcome chosen = null;
        for (Outcome o : Outcome.values()) {
            if (o.code.equals(outcome == null ? "" : outcome.strip())) {
                chosen = o;
            }
        }
        if (chosen == null) {
            errors.add(new RowError(0, "outcome", "Choose whether to award or to say not yet."));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(new RowError(0, "reason", "Enter the reason for the panel’s decision."));
        } else if (why.length() > MentorReview.MAX_TEXT || TextLimits.hasNul(why)) {
            errors.add(new RowError(0, "reason", "The reason must be " + MentorReview.MAX_TEXT + " characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The decision was not kept.", errors);
        }
        Enrolment journey = enrolments.byId(area, enrolmentId);
        if (journey.status() != SchemeStatus.RECOMMENDED || journey.recommendation() == null) {
            throw new Conflict("outcome", "The panel can only decide once the mentor has recommended " + journey.setting() + ". It is "
                    + journey.status().label().toLowerCase(Locale.UK) + " now, so nothing has been changed.");
        }
        if (chosen == Outcome.NOT_YET) {
            statuses.move(area, enrolmentId, SchemeStatus.SELF_EVALUATING, by, why);
            return SchemeStatus.SELF_EVALUATING;
        }
        if (journey.recommendation() == Recommendation.CENTRE_OF_EXCELLENCE && (!review.notEmbedded(area, journey).isEmpty()
                || journey.sharesPractice() == null || journey.sharesPractice().isBlank())) {
            throw new Conflict("outcome", "Centre of Excellence needs every criterion rated embedded and a note of how the setting shares "
                    + "its practice. That no longer holds for " + journey.setting() + ", so nothing has been changed.");
        }
        SchemeStatus awarded = journey.recommendation().awarded();
        statuses.move(area, enrolmentId, awarded, by, why);
        return awarded;
    }
}
