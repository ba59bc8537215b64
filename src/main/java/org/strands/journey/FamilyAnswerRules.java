package org.strands.journey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/**
 * What a family's answers to a part must be: the part one of the questionnaire's, every scale question answered with one
 * of its labels, words kept to {@value TextLimits#DESCRIPTION} characters, and the day not in the future. Each error
 * names the question as the family reads it, against the question's key.
 */
final class FamilyAnswerRules {

    /** One answer to store: a scale's position, or words. */
    record Value(Integer scale, String text) {
    }

    private FamilyAnswerRules() {
    }

    /** The answers to store by question id, or the refusal with every reason found. */
    static Map<Long, Value> check(Questionnaire questionnaire, FamilyAnswerEntry entry, LocalDate today) {
        RowErrors errors = new RowErrors();
        Map<Long, Value> values = new LinkedHashMap<>();
        if (entry.part() != 1 && entry.part() != 2) {
            errors.add(0, "part", "Choose part 1 or part 2 of the questions.");
        }
        if (entry.answeredOn() == null) {
            errors.add(0, "answeredOn", "Enter the day the family answered.");
        } else if (entry.answeredOn().isAfter(today)) {
            errors.add(0, "answeredOn", "Enter a day up to today: the family cannot have answered on a day still to come.");
        } else if (entry.answeredOn().isBefore(today.minusYears(5))) {
            errors.add(0, "answeredOn", "Enter a day within the last five years.");
        }
        for (Questionnaire.Question q : questionnaire.part(entry.part())) {
            String given = entry.answers().get(q.key());
            String text = given == null ? "" : given.strip();
            if (q.scaleKind()) {
                Integer position = position(text, q.scale().size());
                if (text.isEmpty()) {
                    errors.add(0, q.key(), "Choose an answer to “" + q.wording() + "”");
                } else if (position == null) {
                    errors.add(0, q.key(), "Choose one of the answers given to “" + q.wording() + "”");
                } else {
                    values.put(q.id(), new Value(position, null));
                }
            } else if (TextLimits.hasNul(text)) {
                errors.add(0, q.key(), "Your answer to “" + q.wording() + "” holds a character that cannot be kept: type it again");
            } else if (text.length() > TextLimits.DESCRIPTION) {
                errors.add(0, q.key(), "Keep your answer to “" + q.wording() + "” to 5,000 characters (it has "
                        + String.format(java.util.Locale.UK, "%,d", text.length()) + ")");
            } else if (!text.isEmpty()) {
                values.put(q.id(), new Value(null, text));
            }
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The answers were not saved.");
        }
        return values;
    }

    private static Integer position(String text, int size) {
        if (!text.matches("[0-9]{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= size ? value : null;
    }
}
