package org.strands.impact;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strands.platform.Area;

/**
 * The sums behind an impact report, in one query over the journey module's published summary: the period's
 * journeys (read once) added up by group and direction of care (a journey counts in each of its groups and each of
 * its directions), in total by direction, and by deprivation fifth, ethnicity and first language.
 */
@Repository
class ImpactTallies {

    private static final Map<String, String> GROUPS = Map.of(
            "level", "select distinct substr(c, 3, 1) from unnest(f.outcome_codes) c",
            "strand", "select distinct substr(c, 1, 2) from unnest(f.outcome_codes) c",
            "offer", "select distinct o::text from unnest(f.offer_ids) o",
            "locality", "select coalesce(f.locality, '')");

    private static final String SUMS = """
            count(distinct f.child_id) as children, count(distinct f.setting_ref) as settings,
            coalesce(sum(f.hours), 0) as hours, coalesce(sum(f.sessions), 0) as sessions, coalesce(sum(f.cost), 0) as cost,
            count(f.family_satisfaction) as satisfaction_n, avg(f.family_satisfaction)::float8 as satisfaction,
            count(distinct f.child_id) filter (where f.disc) as discharged,
            count(f.discharge_t) filter (where f.disc) as t_n, avg(f.discharge_t) filter (where f.disc)::float8 as t_mean,
            stddev_samp(f.discharge_t) filter (where f.disc)::float8 as t_sd,
            coalesce(sum(f.goals_met) filter (where f.disc), 0) as goals_met,
            coalesce(sum(f.goals_scored) filter (where f.disc), 0) as goals_scored,
            count(*) filter (where f.disc and f.goals_scored > 0) as goal_children,
            %s,
            count(f.family_change) filter (where f.disc) as change_n, avg(f.family_change) filter (where f.disc)::float8 as change"""
            .formatted(String.join(",\n", Tally.DOMAINS.stream().map(d -> {
                String c = d.toLowerCase(java.util.Locale.ROOT);
                return ("count(*) filter (where f.disc and f.%1$s_first is not null and f.%1$s_latest is not null) as %1$s_n, "
                        + "count(*) filter (where f.disc and f.%1$s_latest - f.%1$s_first >= 0.5) as %1$s_up").formatted(c);
            }).toList()));

    private static final String QUERY = """
            with f as materialized (
              select s.child_id, s.setting_ref, s.locality, s.imd_quintile, s.ethnicity, s.language, s.outcome_codes, s.offer_ids,
                     s.directions, s.hours, s.sessions, s.cost, s.family_satisfaction, s.family_change, s.discharge_t, s.goals_met,
                     s.goals_scored, s.impairment_first, s.impairment_latest, s.activity_first, s.activity_latest,
                     s.participation_first, s.participation_latest, s.wellbeing_first, s.wellbeing_latest,
                     s.carer_wellbeing_first, s.carer_wellbeing_latest,
                     coalesce(s.discharged_on between :from and :to, false) as disc
              from journey_summary s
              where s.area_id = :area and s.started_on <= :to and (s.discharged_on is null or s.discharged_on >= :from)
                and (cast(:offer as bigint) is null or s.offer_ids @> array[cast(:offer as bigint)])
                and (cast(:level as text) is null or exists (select 1 from unnest(s.outcome_codes) c where substr(c, 3, 1) = :level))
                and (cast(:strand as text) is null or exists (select 1 from unnest(s.outcome_codes) c where substr(c, 1, 2) = :strand))
                and (cast(:setting as text) is null or s.setting_ref = :setting)
                and (cast(:locality as text) is null or s.locality = :locality)
                and (cast(:sex as text) is null or s.sex = :sex)
                and (cast(:ethnicity as text) is null or s.ethnicity = :ethnicity)
                and (cast(:language as text) is null or s.language = :language)
                and (cast(:quintile as integer) is null or s.imd_quintile = :quintile)
            )
            select 'group' as kind, k.g as key, d.d as direction, %1$s
            from f cross join lateral (%2$s) k(g) cross join lateral unnest(f.directions || '{ALL}'::text[]) d(d)
            group by k.g, d.d
            union all
            select 'total', null, d.d, %1$s
            from f cross join lateral unnest(f.directions || '{ALL}'::text[]) d(d)
            group by d.d
            union all
            select case when grouping(f.imd_quintile) = 0 then 'quintile' when grouping(f.ethnicity) = 0 then 'ethnicity' else 'language' end,
                   coalesce(f.imd_quintile::text, f.ethnicity, f.language, ''), 'ALL', %1$s
            from f group by grouping sets ((f.imd_quintile), (f.ethnicity), (f.language))""";

    private final JdbcClient db;

    ImpactTallies(JdbcClient db) {
        this.db = db;
    }

    List<Tally> tallies(Area area, ImpactFilter f) {
        db.sql("set local work_mem = '64MB'").update();
        return db.sql(QUERY.formatted(SUMS, GROUPS.get(f.groupBy())))
                .param("area", area.id()).param("from", f.from()).param("to", f.to()).param("offer", f.offer())
                .param("level", f.level() == null ? null : String.valueOf(f.level())).param("strand", f.strand())
                .param("setting", f.setting()).param("locality", f.locality()).param("sex", f.sex()).param("ethnicity", f.ethnicity())
                .param("language", f.language()).param("quintile", f.quintile())
                .query((rs, i) -> tally(rs)).list();
    }

    /** Easy-access contacts in the period that no journey started from (as near as the summary tells: contacts less journeys started from one). */
    long contactsWithoutJourney(Area area, ImpactFilter f) {
        long contacts = db.sql("select count(*) from journey_contact where area_id = ? and contact_on between ? and ? "
                + "and (cast(? as text) is null or locality = ?)").params(area.id(), f.from(), f.to(), f.locality(), f.locality())
                .query(Long.class).single();
        long journeys = db.sql("select count(*) from journey_summary where area_id = ? and from_contact and started_on between ? and ? "
                + "and (cast(? as text) is null or locality = ?)").params(area.id(), f.from(), f.to(), f.locality(), f.locality())
                .query(Long.class).single();
        return Math.max(0, contacts - journeys);
    }

    /** Settings reached by easy-access contacts in the period and by no journey of the period. */
    long contactSettingsWithoutJourney(Area area, ImpactFilter f) {
        return db.sql("""
                select count(distinct c.setting_ref) from journey_contact c
                where c.area_id = :area and c.contact_on between :from and :to and c.setting_ref is not null
                  and (cast(:locality as text) is null or c.locality = :locality)
                  and not exists (select 1 from journey_summary s where s.area_id = :area and s.setting_ref = c.setting_ref
                                  and s.started_on <= :to and (s.discharged_on is null or s.discharged_on >= :from))""")
                .param("area", area.id()).param("from", f.from()).param("to", f.to()).param("locality", f.locality())
                .query(Long.class).single();
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        Map<String, long[]> improving = new LinkedHashMap<>();
        for (String d : Tally.DOMAINS) {
            String c = d.toLowerCase(java.util.Locale.ROOT);
            improving.put(d, new long[] {rs.getLong(c + "_n"), rs.getLong(c + "_up")});
        }
        return new Tally(rs.getString("kind"), rs.getString("key"), rs.getString("direction"), rs.getLong("children"), rs.getLong("settings"),
                rs.getBigDecimal("hours"), rs.getLong("sessions"), rs.getBigDecimal("cost"), rs.getLong("satisfaction_n"),
                (Double) rs.getObject("satisfaction"), rs.getLong("discharged"), rs.getLong("t_n"), (Double) rs.getObject("t_mean"),
                (Double) rs.getObject("t_sd"), rs.getLong("goals_met"), rs.getLong("goals_scored"), rs.getLong("goal_children"),
                improving, rs.getLong("change_n"), (Double) rs.getObject("change"));
    }

    static BigDecimal zeroIfNull(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
