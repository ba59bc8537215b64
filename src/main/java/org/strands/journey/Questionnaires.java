package org.strands.journey;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;
import org.strands.platform.NotFound;

/**
 * The questionnaires families answer: the one in force in an area is the area's own with the key, if it has one, else
 * the one Strands ships.
 */
@Service
public class Questionnaires {

    private final JdbcClient db;

    Questionnaires(JdbcClient db) {
        this.db = db;
    }

    /** The family questionnaire in force in the area. */
    public Questionnaire inForce(Area area) {
        return inForce(area, Questionnaire.FAMILY);
    }

    /** The questionnaire with the key in force in the area: its own, else the shipped one. */
    public Questionnaire inForce(Area area, String key) {
        Long id = db.sql("""
                select id from journey_questionnaire where key = ? and (area_id = ? or area_id is null)
                order by area_id nulls last limit 1""")
                .params(key, area.id()).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("There is no questionnaire called " + key + " in Strands."));
        return byId(id);
    }

    /** A questionnaire by its id, whichever area it belongs to (answers keep the one they were given to). */
    Questionnaire byId(long id) {
        record Head(long id, Long areaId, String key, String title) {
        }
        Head head = db.sql("select id, area_id, key, title from journey_questionnaire where id = ?").param(id)
                .query(Head.class).single();
        List<Questionnaire.Question> questions = db.sql("""
                select id, part, position, key, wording, kind, scale, measures from journey_question
                where questionnaire_id = ? order by part, position""")
                .param(id)
                .query((rs, n) -> new Questionnaire.Question(rs.getLong("id"), rs.getInt("part"), rs.getInt("position"),
                        rs.getString("key"), rs.getString("wording"), "SCALE".equals(rs.getString("kind")), labels(rs.getArray("scale")),
                        rs.getString("measures")))
                .list();
        return new Questionnaire(head.id(), head.areaId(), head.key(), head.title(), questions);
    }

    private static List<String> labels(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
