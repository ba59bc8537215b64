package org.strands.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.AreaContext;

/** A child's whole record, read once for their page (the read audited by {@link Children#one}). */
@Service
public class ChildRecords {

    private final Children children;
    private final Journeys journeys;
    private final SupportPlans plans;
    private final Goals goals;
    private final Ratings ratings;
    private final JdbcClient db;

    ChildRecords(Children children, Journeys journeys, SupportPlans plans, Goals goals, Ratings ratings, JdbcClient db) {
        this.children = children;
        this.journeys = journeys;
        this.plans = plans;
        this.goals = goals;
        this.ratings = ratings;
        this.db = db;
    }

    /** The child's whole record; who may see the child is checked once, by {@link Children#one}, which audits the read. */
    @Transactional
    public ChildRecord of(AreaContext area, long childId) {
        Child child = children.one(area, childId);
        long areaId = area.areaId();
        List<ChildRecord.JourneyRecord> records = new ArrayList<>();
        for (Journey j : journeys.journeysOf(areaId, childId)) {
            records.add(new ChildRecord.JourneyRecord(j, plans.itemsOf(areaId, j.id()), goals.goals(areaId, j.id()), goals.reviewsOf(areaId, j.id()),
                    ratings.ratingsOf(areaId, j.id()), answers(areaId, j)));
        }
        return new ChildRecord(child, children.consentsOf(areaId, childId), records);
    }

    /** The family's answers kept with the journey, or with the contact it started from. */
    List<ChildRecord.HeardAnswers> answers(long areaId, Journey journey) {
        record Row(long setId, String title, int part, LocalDate answeredOn, String enteredBy, String wording, String kind,
                String[] scale, Integer scaleValue, String textValue) {
        }
        List<Row> rows = db.sql("""
                select s.id as set_id, qn.title, s.part, s.answered_on, s.entered_by, q.wording, q.kind, q.scale, a.scale_value, a.text_value
                from journey_answer_set s
                join journey_questionnaire qn on qn.id = s.questionnaire_id
                join journey_answer a on a.answer_set_id = s.id
                join journey_question q on q.id = a.question_id
                where s.area_id = ? and (s.journey_id = ? or (s.journey_id is null and s.contact_id = ?))
                order by s.answered_on, s.id, q.part, q.position""")
                .params(areaId, journey.id(), journey.contactId()).query((rs, n) -> new Row(rs.getLong("set_id"), rs.getString("title"),
                        rs.getInt("part"), rs.getObject("answered_on", LocalDate.class), rs.getString("entered_by"), rs.getString("wording"),
                        rs.getString("kind"), (String[]) rs.getArray("scale").getArray(), (Integer) rs.getObject("scale_value", Integer.class),
                        rs.getString("text_value")))
                .list();
        Map<Long, List<Row>> bySet = new LinkedHashMap<>();
        rows.forEach(r -> bySet.computeIfAbsent(r.setId(), k -> new ArrayList<>()).add(r));
        return bySet.values().stream().map(set -> {
            Row first = set.getFirst();
            return new ChildRecord.HeardAnswers(first.setId(), first.title(), first.part(), first.answeredOn(), first.enteredBy() != null,
                    set.stream().map(r -> new ChildRecord.Answer(r.wording(), r.scaleValue() == null ? r.textValue()
                            : r.scaleValue() <= r.scale().length ? r.scale()[r.scaleValue() - 1] : String.valueOf(r.scaleValue()))).toList());
        }).toList();
    }
}
