package org.strands.impact;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strands.platform.Area;

/**
 * The sums behind an impact report, in one statement over the journey module's published summary. One pass adds up
 * the period's journeys by their combination of groups, directions of care, equity fields and setting (a few thousand
 * combinations, not 200,000 journeys); every figure is a sum or a count, so each group and direction, the totals and
 * the equity breakdowns are added up again from those combinations (a journey counts in each of its groups and
 * directions). Children with more than one journey in the period, found in the index of children, are counted again
 * on their own so that each counts once per group; settings are counted from the combinations.
 */
@Repository
class ImpactTallies {

    /** The group key of a journey, and the groups a key stands for. */
    private static final Map<String, String[]> GROUPS = Map.of(
            "level", new String[] {"s.outcome_codes", "select distinct substr(x, 3, 1) from unnest(%s.gk) x"},
            "strand", new String[] {"s.outcome_codes", "select distinct substr(x, 1, 2) from unnest(%s.gk) x"},
            "offer", new String[] {"s.offer_ids", "select distinct o::text from unnest(%s.gk) o"},
            "locality", new String[] {"s.locality", "select coalesce(%s.gk, '')"});

    private static final List<String> COLUMNS = columns();

    private static final String WHERE = """
            s.area_id = :area and s.started_on <= :to and (s.discharged_on is null or s.discharged_on >= :from)
              and (cast(:offer as bigint) is null or s.offer_ids @> array[cast(:offer as bigint)])
              and (cast(:level as text) is null or exists (select 1 from unnest(s.outcome_codes) c where substr(c, 3, 1) = :level))
              and (cast(:strand as text) is null or exists (select 1 from unnest(s.outcome_codes) c where substr(c, 1, 2) = :strand))
              and (cast(:setting as text) is null or s.setting_ref = :setting)
              and (cast(:locality as text) is null or s.locality = :locality)
              and (cast(:sex as text) is null or s.sex = :sex)
              and (cast(:ethnicity as text) is null or s.ethnicity = :ethnicity)
              and (cast(:language as text) is null or s.language = :language)
              and (cast(:quintile as integer) is null or s.imd_quintile = :quintile)""";

    private final JdbcClient db;

    ImpactTallies(JdbcClient db) {
        this.db = db;
    }

    /** The tallies of each group, the totals (kind {@code total}) and each equity breakdown (kinds {@code quintile}, {@code ethnicity}, {@code language}). */
    List<Tally> tallies(Area area, ImpactFilter f) {
        // for this transaction only: room to add up in memory; no JIT (compiling this statement takes longer than running
        // it); and a plan made for the filters given, since a generic plan, which must allow for every filter, reads the
        // summary three times slower (the driver prepares a statement on the server after a few calls)
        db.sql("select set_config('work_mem', '64MB', true), set_config('jit', 'off', true), "
                + "set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleRow();
        Map<String, Tally> sums = new LinkedHashMap<>();
        Map<String, long[]> twice = new HashMap<>();
        Map<String, Long> settings = new HashMap<>();
        db.sql(query(f.groupBy()))
                .param("area", area.id()).param("from", f.from()).param("to", f.to()).param("offer", f.offer())
                .param("level", f.level() == null ? null : String.valueOf(f.level())).param("strand", f.strand())
                .param("setting", f.setting()).param("locality", f.locality()).param("sex", f.sex()).param("ethnicity", f.ethnicity())
                .param("language", f.language()).param("quintile", f.quintile())
                .query((rs, i) -> {
                    String kind = rs.getString("kind");
                    String id = id(kind.replaceFirst("^(twice|settings)-", ""), rs.getString("key"), rs.getString("direction"));
                    if (kind.startsWith("twice-")) {
                        twice.put(id, new long[] {rs.getLong("journeys"), rs.getLong("discharged")});
                    } else if (kind.startsWith("settings-")) {
                        settings.put(id, rs.getLong("journeys"));
                    } else {
                        sums.put(id, tally(rs));
                    }
                    return null;
                }).list();
        List<Tally> tallies = new ArrayList<>();
        sums.forEach((id, t) -> {
            long[] again = twice.getOrDefault(id, new long[2]);
            tallies.add(new Tally(t.kind(), t.key(), t.direction(), t.children() - again[0], settings.getOrDefault(id, 0L), t.hours(),
                    t.sessions(), t.cost(), t.satisfactionN(), t.satisfaction(), t.discharged() - again[1], t.tN(), t.tMean(), t.tSd(),
                    t.goalsMet(), t.goalsScored(), t.goalChildren(), t.improving(), t.changeN(), t.change(), t.fromContact()));
        });
        return tallies;
    }

    private static String id(String kind, String key, String direction) {
        return kind + "\u0000" + key + "\u0000" + direction;
    }

    static String query(String groupBy) {
        String gk = GROUPS.get(groupBy)[0];
        String keys = GROUPS.get(groupBy)[1];
        StringBuilder narrow = new StringBuilder();
        StringBuilder sums = new StringBuilder("count(*) as journeys, count(*) filter (where disc) as discharged, sum(hours) as hours, "
                + "sum(sessions) as sessions, sum(cost) as cost, count(sat) as sat_n, sum(sat) as sat_sum, count(t) as t_n, sum(t) as t_sum, "
                + "sum(t * t) as t_sq, sum(gm) as goals_met, sum(gs) as goals_scored, sum(gc) as goal_children, count(chg) as chg_n, "
                + "sum(chg) as chg_sum, sum(fc) as from_contact");
        for (String d : Tally.DOMAINS) {
            String c = d.toLowerCase(Locale.ROOT);
            narrow.append(", (disc and s.%1$s_first is not null and s.%1$s_latest is not null)::int as %1$s_n, (disc and s.%1$s_latest - s.%1$s_first >= 0.5)::int as %1$s_up".formatted(c));
            sums.append(", sum(%1$s_n) as %1$s_n, sum(%1$s_up) as %1$s_up".formatted(c));
        }
        String again = again();
        String settings = nulls("count(distinct setting_ref)", "0");
        String resum = String.join(", ", COLUMNS.stream().map(c -> "sum(" + c + ") as " + c).toList());
        return """
                with f as not materialized (
                  select s.child_id, s.setting_ref, %1$s as gk, s.directions || '{ALL}'::text[] as dirs, s.imd_quintile as q, s.ethnicity as e,
                         s.language as l, disc, s.hours::float8 as hours, s.sessions, s.cost::float8 as cost, s.family_satisfaction::float8 as sat,
                         case when disc then s.discharge_t::float8 end as t, case when disc then s.goals_met end as gm,
                         case when disc then s.goals_scored end as gs, (disc and s.goals_scored > 0)::int as gc,
                         case when disc then s.family_change::float8 end as chg,
                         (s.from_contact and s.started_on >= :from)::int as fc%2$s
                  from (select *, coalesce(discharged_on between :from and :to, false) as disc from journey_summary) s
                  where %3$s),
                c as materialized (select gk, dirs, q, e, l, setting_ref, %4$s from f group by gk, dirs, q, e, l, setting_ref),
                m as materialized (select s.child_id from journey_summary s where %3$s group by s.child_id having count(*) > 1),
                d as materialized (select f.* from m cross join lateral (select * from f where f.child_id = m.child_id) f)
                select 'group' as kind, k.g as key, x.d as direction, %5$s
                  from c cross join lateral (%6$s) k(g) cross join lateral unnest(c.dirs) x(d) group by k.g, x.d
                union all select 'total', null, x.d, %5$s from c cross join lateral unnest(c.dirs) x(d) group by x.d
                union all select 'quintile', coalesce(q::text, ''), 'ALL', %5$s from c group by q
                union all select 'ethnicity', coalesce(e, ''), 'ALL', %5$s from c group by e
                union all select 'language', coalesce(l, ''), 'ALL', %5$s from c group by l
                union all select 'twice-group', k.g, x.d, %7$s from d cross join lateral (%8$s) k(g) cross join lateral unnest(d.dirs) x(d) group by k.g, x.d
                union all select 'twice-total', null, x.d, %7$s from d cross join lateral unnest(d.dirs) x(d) group by x.d
                union all select 'twice-quintile', coalesce(q::text, ''), 'ALL', %7$s from d group by q
                union all select 'twice-ethnicity', coalesce(e, ''), 'ALL', %7$s from d group by e
                union all select 'twice-language', coalesce(l, ''), 'ALL', %7$s from d group by l
                union all select 'settings-group', k.g, x.d, %9$s
                  from (select distinct gk, dirs, setting_ref from c where setting_ref is not null) s
                  cross join lateral (%10$s) k(g) cross join lateral unnest(s.dirs) x(d) group by k.g, x.d
                union all select 'settings-total', null, x.d, %9$s
                  from (select distinct dirs, setting_ref from c where setting_ref is not null) s cross join lateral unnest(s.dirs) x(d) group by x.d"""
                .formatted(gk, narrow, WHERE, sums, resum, keys.formatted("c"), again, keys.formatted("d"), settings, keys.formatted("s"));
    }

    /** Journeys of children counted more than once in a row, and discharges likewise: to take off the sums. */
    private static String again() {
        return nulls("count(*) - count(distinct child_id)", "count(*) filter (where disc) - count(distinct child_id) filter (where disc)");
    }

    private static String nulls(String journeys, String discharged) {
        List<String> values = new ArrayList<>(List.of(journeys + " as journeys", discharged + " as discharged"));
        COLUMNS.subList(2, COLUMNS.size()).forEach(c -> values.add("null"));
        return String.join(", ", values);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("journeys", "discharged", "hours", "sessions", "cost", "sat_n", "sat_sum", "t_n", "t_sum",
                "t_sq", "goals_met", "goals_scored", "goal_children", "chg_n", "chg_sum", "from_contact"));
        Tally.DOMAINS.forEach(d -> columns.addAll(List.of(d.toLowerCase(Locale.ROOT) + "_n", d.toLowerCase(Locale.ROOT) + "_up")));
        return List.copyOf(columns);
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        Map<String, long[]> improving = new LinkedHashMap<>();
        for (String d : Tally.DOMAINS) {
            String c = d.toLowerCase(Locale.ROOT);
            improving.put(d, new long[] {rs.getLong(c + "_n"), rs.getLong(c + "_up")});
        }
        long satN = rs.getLong("sat_n");
        long tN = rs.getLong("t_n");
        long chgN = rs.getLong("chg_n");
        double tSum = rs.getDouble("t_sum");
        Double sd = tN < 2 ? null : Math.sqrt(Math.max(0, (rs.getDouble("t_sq") - tSum * tSum / tN) / (tN - 1)));
        return new Tally(rs.getString("kind"), rs.getString("key"), rs.getString("direction"), rs.getLong("journeys"), 0,
                money(rs.getDouble("hours")), rs.getLong("sessions"), money(rs.getDouble("cost")), satN,
                satN == 0 ? null : rs.getDouble("sat_sum") / satN, rs.getLong("discharged"), tN, tN == 0 ? null : tSum / tN, sd,
                rs.getLong("goals_met"), rs.getLong("goals_scored"), rs.getLong("goal_children"), improving, chgN,
                chgN == 0 ? null : rs.getDouble("chg_sum") / chgN, rs.getLong("from_contact"));
    }

    /** Hours and pounds added up as floating point, back to the two places they were stored with. */
    private static BigDecimal money(double value) {
        return org.strands.platform.Formats.rounded(value, 2);
    }

    /**
     * What families said some weeks after easy-access contacts in the period that no journey started from (journey
     * publishes it with the contact): the journeys' tally with these families' satisfaction and change added.
     */
    Tally withContactsHeard(Area area, ImpactFilter f, Tally journeys) {
        record Heard(long satN, double satSum, long chgN, double chgSum) {
        }
        Heard h = db.sql("""
                select count(family_satisfaction) as sat_n, coalesce(sum(family_satisfaction), 0)::float8 as sat_sum,
                       count(family_change) as chg_n, coalesce(sum(family_change), 0)::float8 as chg_sum
                from journey_contact where area_id = ? and contact_on between ? and ? and (cast(? as text) is null or locality = ?)""")
                .params(area.id(), f.from(), f.to(), f.locality(), f.locality()).query(Heard.class).single();
        long satN = journeys.satisfactionN() + h.satN();
        long chgN = journeys.changeN() + h.chgN();
        double satSum = (journeys.satisfaction() == null ? 0 : journeys.satisfaction() * journeys.satisfactionN()) + h.satSum();
        double chgSum = (journeys.change() == null ? 0 : journeys.change() * journeys.changeN()) + h.chgSum();
        return new Tally(journeys.kind(), journeys.key(), journeys.direction(), journeys.children(), journeys.settings(), journeys.hours(),
                journeys.sessions(), journeys.cost(), satN, satN == 0 ? null : satSum / satN, journeys.discharged(), journeys.tN(),
                journeys.tMean(), journeys.tSd(), journeys.goalsMet(), journeys.goalsScored(), journeys.goalChildren(), journeys.improving(), chgN,
                chgN == 0 ? null : chgSum / chgN, journeys.fromContact());
    }

    /**
     * Easy-access contacts in the period that no journey started from, as near as the summary tells: the contacts less
     * the journeys started in the period from one ({@link Tally#fromContact()} of the total).
     */
    long contactsWithoutJourney(Area area, ImpactFilter f, long journeysFromContact) {
        long contacts = db.sql("select count(*) from journey_contact where area_id = ? and contact_on between ? and ? "
                + "and (cast(? as text) is null or locality = ?)").params(area.id(), f.from(), f.to(), f.locality(), f.locality())
                .query(Long.class).single();
        return Math.max(0, contacts - journeysFromContact);
    }
}
