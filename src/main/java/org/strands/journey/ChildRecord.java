package org.strands.journey;

import java.time.LocalDate;
import java.util.List;

/** Everything a child's page shows: the child, their consents, and each journey with its plan, goals, reviews, ratings and answers. */
public record ChildRecord(Child child, List<Consent> consents, List<JourneyRecord> journeys) {

    /** The consent that holds for each purpose: the latest answer. */
    public List<Consent> currentConsents() {
        return java.util.Arrays.stream(ConsentPurpose.values())
                .map(p -> consents.stream().filter(c -> c.purpose() == p).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    public JourneyRecord open() {
        return journeys.stream().filter(j -> j.journey().open()).findFirst().orElse(null);
    }

    /** One journey with what was recorded on it. */
    public record JourneyRecord(Journey journey, List<PlanItem> plan, List<Goal> goals, List<Review> reviews, List<Rating> ratings,
            List<HeardAnswers> answers) {

        public List<RatingChange> changes() {
            return Ratings.changes(ratings);
        }

        public Goal goal(long id) {
            return goals.stream().filter(g -> g.id() == id).findFirst().orElse(null);
        }
    }

    /** A family's answers to one part of a questionnaire, question by question. */
    public record HeardAnswers(long id, String questionnaire, int part, LocalDate answeredOn, boolean entered, List<Answer> answers) {
    }

    /** One answer: the question's words and the answer's (a scale label, or the family's own words). */
    public record Answer(String question, String answer) {
    }
}
