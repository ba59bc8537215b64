package org.strands.journey.demo;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic families' answers to the shipped questionnaire for the demo's journeys: part 1 on the day about seven in ten
 * journeys started, part 2 six to nine weeks later for about half of those old enough, leaning to the better end of the
 * scale as families usually answer. From a fixed seed, so that the demo's report is the same on every start.
 */
final class DemoFamilyAnswers {

    private DemoFamilyAnswers() {
    }

    static void write(JdbcTemplate jdbc, long areaId, LocalDate today) {
        jdbc.queryForObject("select setseed(0.2026)", Object.class);
        jdbc.update("""
                insert into journey_answer_set (area_id, questionnaire_id, part, journey_id, answered_on, entered_by)
                select j.area_id, q.id, 1, j.id, j.started_on, 'demo'
                from journey_journey j cross join journey_questionnaire q
                where j.area_id = ? and j.created_by = 'demo' and q.area_id is null and q.key = 'family' and random() < 0.7
                order by j.id""", areaId);
        jdbc.update("""
                insert into journey_answer_set (area_id, questionnaire_id, part, journey_id, answered_on, entered_by)
                select s.area_id, s.questionnaire_id, 2, s.journey_id, s.answered_on + 42 + (random() * 21)::int, 'demo'
                from journey_answer_set s
                where s.area_id = ? and s.part = 1 and s.entered_by = 'demo' and s.answered_on + 63 <= ? and random() < 0.5
                order by s.id""", areaId, today);
        jdbc.update("""
                insert into journey_answer (answer_set_id, question_id, scale_value)
                select s.id, q.id, least(cardinality(q.scale), 1 + floor(random() * cardinality(q.scale)) + (random() < 0.5)::int)
                from journey_answer_set s join journey_question q on q.questionnaire_id = s.questionnaire_id and q.part = s.part
                where s.area_id = ? and s.entered_by = 'demo' and q.kind = 'SCALE'
                order by s.id, q.id""", areaId);
    }
}
