package org.strands.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Formats;
import org.strands.platform.NotFound;

/**
 * The family's answers to the questionnaire, kept with a journey or with the contact they came from. Storing a part
 * checks every answer first and stores all of it or nothing, and publishes {@link FamilyAnswered} in the same
 * transaction.
 */
@Service
public class FamilyAnswers {

    private final JdbcClient db;
    private final Questionnaires questionnaires;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    FamilyAnswers(JdbcClient db, Questionnaires questionnaires, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.db = db;
        this.questionnaires = questionnaires;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the answers to the questionnaire in force in the area, typed in by {@code by}; returns the answer set's id. */
    @Transactional
    public long store(Area area, FamilyAnswerEntry entry, String by) {
        return store(area, questionnaires.inForce(area), entry, by);
    }

    /** Checks the answers as {@link #store} would, storing nothing. */
    public void check(Area area, FamilyAnswerEntry entry) {
        FamilyAnswerRules.check(questionnaires.inForce(area), entry, today());
    }

    @Transactional
    long store(Area area, Questionnaire questionnaire, FamilyAnswerEntry entry, String by) {
        checkBelongs(area, entry.journeyId(), entry.contactId());
        Map<Long, FamilyAnswerRules.Value> values = FamilyAnswerRules.check(questionnaire, entry, today());
        long id = db.sql("""
                insert into journey_answer_set (area_id, questionnaire_id, part, journey_id, contact_id, answered_on, entered_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(area.id(), questionnaire.id(), entry.part(), entry.journeyId(), entry.journeyId() != null ? null : entry.contactId(),
                        entry.answeredOn(), by)
                .query(Long.class).single();
        values.forEach((question, value) -> db.sql("insert into journey_answer (answer_set_id, question_id, scale_value, text_value) values (?, ?, ?, ?)")
                .params(id, question, value.scale(), value.text()).update());
        Long contactId = entry.journeyId() != null ? null : entry.contactId();
        events.publishEvent(new FamilyAnswered(area.id(), id, entry.journeyId(), contactId, entry.part()));
        audit.record(area.id(), "RECORD", "family-answers", String.valueOf(id), by == null ? "answered on the family's own page" : null);
        return id;
    }

    /** The answer sets of the journey, latest first. */
    public List<FamilyAnswerSet> ofJourney(Area area, long journeyId) {
        return ofJourneys(area, List.of(journeyId));
    }

    /** The answer sets of the journeys, latest first. */
    public List<FamilyAnswerSet> ofJourneys(Area area, Collection<Long> journeyIds) {
        if (journeyIds.isEmpty()) {
            return List.of();
        }
        return sets(area, "s.journey_id = any(?)", journeyIds.toArray(Long[]::new));
    }

    /** The answer sets kept with the contact, latest first. */
    public List<FamilyAnswerSet> ofContact(Area area, long contactId) {
        return sets(area, "s.contact_id = ?", contactId);
    }

    private List<FamilyAnswerSet> sets(Area area, String which, Object value) {
        record Head(long id, int part, Long journeyId, Long contactId, LocalDate answeredOn, String enteredBy, String title) {
        }
        List<Head> heads = db.sql("""
                select s.id, s.part, s.journey_id, s.contact_id, s.answered_on, s.entered_by, q.title
                from journey_answer_set s join journey_questionnaire q on q.id = s.questionnaire_id
                where s.area_id = ?\s""" + " and " + which + " order by s.answered_on desc, s.id desc")
                .params(area.id(), value).query(Head.class).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FamilyAnswerSet.Answered>> answers = new LinkedHashMap<>();
        db.sql("""
                select a.answer_set_id, q.wording, q.scale, a.scale_value, a.text_value from journey_answer a
                join journey_question q on q.id = a.question_id where a.answer_set_id = any(?) order by a.answer_set_id, q.position""")
                .param(heads.stream().map(Head::id).toArray(Long[]::new))
                .query(rs -> {
                    String[] scale = (String[]) rs.getArray("scale").getArray();
                    int v = rs.getInt("scale_value");
                    String answer = rs.wasNull() ? rs.getString("text_value") : v <= scale.length ? scale[v - 1] : String.valueOf(v);
                    answers.computeIfAbsent(rs.getLong("answer_set_id"), k -> new ArrayList<>())
                            .add(new FamilyAnswerSet.Answered(rs.getString("wording"), answer));
                });
        return heads.stream().map(h -> new FamilyAnswerSet(h.id(), h.part(), h.journeyId(), h.contactId(), h.answeredOn(), h.enteredBy(),
                h.title(), answers.getOrDefault(h.id(), List.of()))).toList();
    }

    /** 404 unless the journey (or, without one, the contact) is the area's. */
    void checkBelongs(Area area, Long journeyId, Long contactId) {
        if (journeyId != null) {
            boolean known = db.sql("select count(*) from journey_journey where id = ? and area_id = ?").params(journeyId, area.id())
                    .query(Long.class).single() > 0;
            if (!known) {
                throw new NotFound("There is no such journey in " + area.name() + ".");
            }
        } else if (contactId == null || db.sql("select count(*) from journey_contact where contact_id = ? and area_id = ?")
                .params(contactId, area.id()).query(Long.class).single() == 0) {
            throw new NotFound("There is no such contact in " + area.name() + ".");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.LONDON));
    }
}
