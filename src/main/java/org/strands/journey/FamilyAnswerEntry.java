package org.strands.journey;

import java.time.LocalDate;
import java.util.Map;

/**
 * A family's answers to one part of a questionnaire, as given: for a journey or for a contact (the other null), the day
 * they answered, and each answer by its question's key (a scale's as the position of the label chosen, from "1").
 */
public record FamilyAnswerEntry(int part, Long journeyId, Long contactId, LocalDate answeredOn, Map<String, String> answers) {

    public FamilyAnswerEntry {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
