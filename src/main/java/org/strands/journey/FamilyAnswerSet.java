package org.strands.journey;

import java.time.LocalDate;
import java.util.List;

/**
 * One family's answers to one part, as they read them: each question with the answer given. {@code enteredBy} is who
 * typed them in with the family, or null when the family answered on their own page.
 */
public record FamilyAnswerSet(long id, int part, Long journeyId, Long contactId, LocalDate answeredOn, String enteredBy,
        String title, List<Answered> answers) {

    public FamilyAnswerSet {
        answers = List.copyOf(answers);
    }

    /** A question's wording and the answer in words (a scale's label, or the family's own words). */
    public record Answered(String question, String answer) {
    }
}
