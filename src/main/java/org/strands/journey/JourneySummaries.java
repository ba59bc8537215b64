package org.strands.journey;

import java.util.Collection;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code journey_summary}, the read model the impact report aggregates, in step with the journey tables: one
 * set-based upsert computes every column of the journeys given, in the transaction of the change that called it.
 */
@Service
public class JourneySummaries {

    static final String UPSERT = """
        insert into journey_summary (journey_id, area_id, child_id, started_on, discharged_on, discharge_reason, setting_ref, locality, imd_quintile, sex, ethnicity, language, from_contact, outcome_codes, offer_ids, directions, hours, sessions, cost, goals, goals_scored, goals_met, first_t, latest_t, discharge_t, impairment_first, impairment_latest, activity_first, activity_latest, participation_first, participation_latest, wellbeing_first, wellbeing_latest, carer_wellbeing_first, carer_wellbeing_latest, family_satisfaction, family_change)
        select j.id, j.area_id, j.child_id, j.started_on, j.discharged_on, j.discharge_reason, c.setting_ref, c.locality, c.imd_quintile,
               c.sex, c.ethnicity, c.languages[1], j.source = 'CONTACT',
               coalesce(p.outcome_codes, '{}'), coalesce(p.offer_ids, '{}'), coalesce(p.directions, '{}'),
               coalesce(p.hours, 0), coalesce(p.sessions, 0), coalesce(p.cost, 0),
               coalesce(g.goals, 0), coalesce(g.scored, 0), coalesce(g.met, 0),
               r.first_t, r.latest_t, case when j.discharged_on is not null then r.latest_t end,
               rt.impairment_first, rt.impairment_latest, rt.activity_first, rt.activity_latest, rt.participation_first, rt.participation_latest, rt.wellbeing_first, rt.wellbeing_latest, rt.carer_wellbeing_first, rt.carer_wellbeing_latest,
               fs.share, fc.share
        from journey_journey j
        join journey_child c on c.id = j.child_id
        left join lateral (
            select array_agg(distinct i.outcome_code order by i.outcome_code) as outcome_codes,
                   array_agg(distinct i.offer_id order by i.offer_id) filter (where i.offer_id is not null) as offer_ids,
                   array_agg(distinct i.direction order by i.direction) as directions,
                   sum(i.hours) as hours, sum(i.sessions) as sessions, sum(i.cost) as cost
            from journey_plan_item i where i.journey_id = j.id) p on true
        left join lateral (
            select count(*) as goals, count(latest.score) as scored, count(*) filter (where latest.score >= 0) as met
            from journey_goal g
            left join lateral (
                select s.score from journey_goal_score s join journey_review v on v.id = s.review_id
                where s.goal_id = g.id order by v.reviewed_on desc, v.id desc limit 1) latest on true
            where g.journey_id = j.id) g on true
        left join lateral (
            select (array_agg(v.t_score order by v.reviewed_on, v.id))[1] as first_t,
                   (array_agg(v.t_score order by v.reviewed_on desc, v.id desc))[1] as latest_t
            from journey_review v where v.journey_id = j.id) r on true
        left join lateral (
            select
               (array_agg(score order by rated_on, id) filter (where domain = 'IMPAIRMENT'))[1] as impairment_first,
               (array_agg(score order by rated_on desc, id desc) filter (where domain = 'IMPAIRMENT'))[1] as impairment_latest,
               (array_agg(score order by rated_on, id) filter (where domain = 'ACTIVITY'))[1] as activity_first,
               (array_agg(score order by rated_on desc, id desc) filter (where domain = 'ACTIVITY'))[1] as activity_latest,
               (array_agg(score order by rated_on, id) filter (where domain = 'PARTICIPATION'))[1] as participation_first,
               (array_agg(score order by rated_on desc, id desc) filter (where domain = 'PARTICIPATION'))[1] as participation_latest,
               (array_agg(score order by rated_on, id) filter (where domain = 'WELLBEING'))[1] as wellbeing_first,
               (array_agg(score order by rated_on desc, id desc) filter (where domain = 'WELLBEING'))[1] as wellbeing_latest,
               (array_agg(score order by rated_on, id) filter (where domain = 'CARER_WELLBEING'))[1] as carer_wellbeing_first,
               (array_agg(score order by rated_on desc, id desc) filter (where domain = 'CARER_WELLBEING'))[1] as carer_wellbeing_latest
            from journey_rating where journey_id = j.id) rt on true
""" + heard("(s.journey_id = j.id or (s.journey_id is null and s.contact_id = j.contact_id))") + """
        where j.area_id = :area and (:all or j.id = any(cast(string_to_array(:ids, ',') as bigint[])))
        on conflict (journey_id) do update set
    area_id = excluded.area_id,
    child_id = excluded.child_id,
    started_on = excluded.started_on,
    discharged_on = excluded.discharged_on,
    discharge_reason = excluded.discharge_reason,
    setting_ref = excluded.setting_ref,
    locality = excluded.locality,
    imd_quintile = excluded.imd_quintile,
    sex = excluded.sex,
    ethnicity = excluded.ethnicity,
    language = excluded.language,
    from_contact = excluded.from_contact,
    outcome_codes = excluded.outcome_codes,
    offer_ids = excluded.offer_ids,
    directions = excluded.directions,
    hours = excluded.hours,
    sessions = excluded.sessions,
    cost = excluded.cost,
    goals = excluded.goals,
    goals_scored = excluded.goals_scored,
    goals_met = excluded.goals_met,
    first_t = excluded.first_t,
    latest_t = excluded.latest_t,
    discharge_t = excluded.discharge_t,
    impairment_first = excluded.impairment_first,
    impairment_latest = excluded.impairment_latest,
    activity_first = excluded.activity_first,
    activity_latest = excluded.activity_latest,
    participation_first = excluded.participation_first,
    participation_latest = excluded.participation_latest,
    wellbeing_first = excluded.wellbeing_first,
    wellbeing_latest = excluded.wellbeing_latest,
    carer_wellbeing_first = excluded.carer_wellbeing_first,
    carer_wellbeing_latest = excluded.carer_wellbeing_latest,
    family_satisfaction = excluded.family_satisfaction,
    family_change = excluded.family_change""";

    private final JdbcClient db;

    JourneySummaries(JdbcClient db) {
        this.db = db;
    }

    /**
     * The family's latest answers as two shares of the top of their scales (0 to 1): how satisfied they were ({@code fs})
     * and how much better things are ({@code fc}), from the answer sets the condition on {@code s} picks.
     */
    static String heard(String answerSets) {
        StringBuilder sql = new StringBuilder();
        for (String[] measure : new String[][] {{"SATISFACTION", "fs"}, {"CHANGE", "fc"}}) {
            sql.append("""
                    left join lateral (
                        select round(avg(share), 3) as share from (
                            select (a.scale_value - 1)::numeric / (cardinality(q.scale) - 1) as share,
                                   dense_rank() over (order by s.answered_on desc, s.id desc) as newest
                            from journey_answer_set s
                            join journey_answer a on a.answer_set_id = s.id
                            join journey_question q on q.id = a.question_id
                            where %s
                              and q.measures = '%s' and a.scale_value is not null and cardinality(q.scale) > 1) answers
                        where newest = 1) %s on true
                    """.formatted(answerSets, measure[0], measure[1]));
        }
        return sql.toString();
    }

    /**
     * Publishes with an easy-access contact what the family said about it, while no journey started from it (once one
     * does, the journey's summary counts the answers instead).
     */
    @Transactional
    public void refreshContact(long areaId, long contactId) {
        db.sql("""
                update journey_contact c set family_satisfaction = case when started then null else fs.share end,
                       family_change = case when started then null else fc.share end
                from journey_contact c2
                cross join lateral (select exists (select 1 from journey_journey j where j.contact_id = c2.contact_id) as started) st
                """ + heard("s.journey_id is null and s.contact_id = c2.contact_id") + """
                where c.contact_id = c2.contact_id and c.contact_id = ? and c.area_id = ?""")
                .params(contactId, areaId).update();
    }

    /** Brings the summaries of these journeys of the area up to date. */
    @Transactional
    public void refresh(long areaId, Collection<Long> journeyIds) {
        if (journeyIds.isEmpty()) {
            return;
        }
        db.sql(UPSERT).param("area", areaId).param("all", false).param("ids", journeyIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))).update();
    }

    /** Brings every journey summary of the area up to date. */
    @Transactional
    public void refreshAll(long areaId) {
        db.sql(UPSERT).param("area", areaId).param("all", true).param("ids", "").update();
    }

    /** A family's answers count in the summary of their journey (or the journeys started from their contact) at once. */
    @EventListener
    void on(FamilyAnswered answered) {
        if (answered.journeyId() != null) {
            refresh(answered.areaId(), java.util.List.of(answered.journeyId()));
        } else if (answered.contactId() != null) {
            refresh(answered.areaId(), db.sql("select id from journey_journey where area_id = ? and contact_id = ?")
                    .params(answered.areaId(), answered.contactId()).query(Long.class).list());
            refreshContact(answered.areaId(), answered.contactId());
        }
    }
}
