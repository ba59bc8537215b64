package org.strands.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire families answer, as data: its questions in two parts (part 1 when a family first asks for help, part
 * 2 some weeks later). {@code areaId} is null for the one Strands ships.
 */
public record Questionnaire(long id, Long areaId, String key, String title, List<Question> questions) {

    /** The key of the family questionnaire: an area's own with this key replaces the shipped one there. */
    public static final String FAMILY = "family";

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /** The questions of one part, in order. */
    public List<Question> part(int part) {
        return questions.stream().filter(q -> q.part() == part).toList();
    }

    /**
     * One question as the family reads it. A scale question is answered with one of its labels, stored as the label's
     * position from 1; a text question in the family's own words. {@code measures} says what it tells the impact
     * report: {@code SATISFACTION}, {@code CHANGE} or null.
     */
    public record Question(long id, int part, int position, String key, String wording, boolean scaleKind, List<String> scale,
            String measures) {

        public Question {
            scale = List.copyOf(scale);
        }

        /** The labels of the scale by their stored value ("1" for the first), for radios. */
        public Map<String, String> options() {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < scale.size(); i++) {
                options.put(String.valueOf(i + 1), scale.get(i));
            }
            return options;
        }

        /** The label of a stored scale value, or null for one off the scale. */
        public String label(int value) {
            return value >= 1 && value <= scale.size() ? scale.get(value - 1) : null;
        }
    }
}
