package org.strands.journey.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strands.journey.FamilyAnswerEntry;
import org.strands.journey.Questionnaire;
import org.strands.platform.FormErrors;

/**
 * The answers form as entered: the part, the journey (for a child), the day in day, month and year boxes, and each
 * answer by its question's key, posted as {@code q-} and the key. Everything is kept as typed, to be shown again.
 */
record FamilyAnswerForm(String part, String journeyId, String answeredOnDay, String answeredOnMonth, String answeredOnYear,
        Map<String, String> answers) {

    static final String PREFIX = "q-";

    static FamilyAnswerForm empty(int part, Long journeyId, LocalDate today) {
        return new FamilyAnswerForm(String.valueOf(part), journeyId == null ? null : String.valueOf(journeyId),
                today == null ? null : String.valueOf(today.getDayOfMonth()), today == null ? null : String.valueOf(today.getMonthValue()),
                today == null ? null : String.valueOf(today.getYear()), Map.of());
    }

    /** The form from the request's parameters (the first value of each). */
    static FamilyAnswerForm of(Map<String, String[]> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(PREFIX) && values.length > 0) {
                answers.put(name.substring(PREFIX.length()), values[0]);
            }
        });
        return new FamilyAnswerForm(first(params, "part"), first(params, "journeyId"), first(params, "answeredOnDay"),
                first(params, "answeredOnMonth"), first(params, "answeredOnYear"), answers);
    }

    /** The part chosen, 1 or 2; 1 for anything else. */
    int partNumber() {
        return "2".equals(part == null ? null : part.strip()) ? 2 : 1;
    }

    /** The entry, with the day read here; a day that is not one is recorded in {@code errors}. */
    FamilyAnswerEntry entry(Long journeyId, Long contactId, FormErrors errors) {
        LocalDate on = errors.date("answeredOn", answeredOnDay, answeredOnMonth, answeredOnYear);
        if (on == null && !errors.byField().containsKey("answeredOn")) {
            errors.add("answeredOn", "answeredOn-day", "Enter the day the family answered.");
        }
        return new FamilyAnswerEntry(partNumber(), journeyId, contactId, on, answers);
    }

    /** The answers alone, as the family's own page posts them. */
    Map<String, String> given() {
        return answers;
    }

    /** The id of a form field for a reported column: a question's key becomes its input's id. */
    static String field(String column, Questionnaire questionnaire) {
        return questionnaire.questions().stream().anyMatch(q -> q.key().equals(column)) ? PREFIX + column : column;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
