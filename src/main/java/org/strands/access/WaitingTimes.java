package org.strands.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.Spreadsheet;

/**
 * The waiting times report, computed in PostgreSQL: one scan of the period's requests with grouping sets (all, by
 * route, by month, before and after the change), each wait's median and 90th percentile from one sort
 * ({@code percentile_cont(array[0.5, 0.9])}), and the bands of those waiting now from the waiting requests' index.
 */
@Service
public class WaitingTimes {

    private static final String REPORT = """
            with r as (
                select route, to_char(received_on, 'YYYY-MM') as month,
                       case when cast(? as date) is null then null when received_on < ? then 'before' else 'after' end as period,
                       first_advice_on - received_on as advice, intervention_start_on - received_on as start
                from support_request
                where area_id = ? and received_on between ? and ? and (cast(? as text) is null or locality = ?))
            select grouping(route) as by_route, grouping(month) as by_month, grouping(period) as by_period, route, month, period,
                   count(*) as received, count(advice) as advice_n, percentile_cont(array[0.5, 0.9]) within group (order by advice) as advice_p,
                   count(start) as start_n, percentile_cont(array[0.5, 0.9]) within group (order by start) as start_p
            from r group by grouping sets ((), (route), (month), (period))""";

    private final JdbcClient db;
    private final RequestRules rules;

    WaitingTimes(JdbcClient db, RequestRules rules) {
        this.db = db;
        this.rules = rules;
    }

    /** The filter with its defaults: the twelve months to today when no period is given. */
    public WaitingTimesReport.Filter defaults(LocalDate from, LocalDate to, String locality, LocalDate change) {
        LocalDate end = to == null ? rules.today() : to;
        return new WaitingTimesReport.Filter(from == null ? end.minusYears(1).plusDays(1) : from, end, RequestRules.stripped(locality), change);
    }

    @Transactional(readOnly = true)
    public WaitingTimesReport report(Area area, WaitingTimesReport.Filter f) {
        WaitingTimesReport.Waits[] all = new WaitingTimesReport.Waits[1];
        Map<String, WaitingTimesReport.Waits> byRoute = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            byRoute.put(route.name(), new WaitingTimesReport.Waits(WaitingTimesReport.Stat.of(0, null, null), WaitingTimesReport.Stat.of(0, null, null)));
        }
        List<WaitingTimesReport.Month> monthly = new ArrayList<>();
        Map<String, WaitingTimesReport.Waits> periods = new LinkedHashMap<>();
        db.sql(REPORT).params(f.change(), f.change(), area.id(), f.from(), f.to(), f.locality(), f.locality()).query((rs, n) -> {
            WaitingTimesReport.Waits waits = new WaitingTimesReport.Waits(stat(rs, "advice"), stat(rs, "start"));
            if (rs.getInt("by_route") == 0) {
                byRoute.put(rs.getString("route"), waits);
            } else if (rs.getInt("by_month") == 0) {
                monthly.add(new WaitingTimesReport.Month(rs.getString("month"), rs.getLong("received"), waits.firstAdvice(), waits.toIntervention()));
            } else if (rs.getInt("by_period") == 0) {
                if (rs.getString("period") != null) {
                    periods.put(rs.getString("period"), waits);
                }
            } else {
                all[0] = waits;
            }
            return null;
        }).list();
        monthly.sort(java.util.Comparator.comparing(WaitingTimesReport.Month::month));
        WaitingTimesReport.Waits none = new WaitingTimesReport.Waits(WaitingTimesReport.Stat.of(0, null, null), WaitingTimesReport.Stat.of(0, null, null));
        WaitingTimesReport.BeforeAfter beforeAfter = f.change() == null ? null
                : new WaitingTimesReport.BeforeAfter(f.change(), periods.getOrDefault("before", none), periods.getOrDefault("after", none));
        WaitingTimesReport.Waits total = all[0] == null ? none : all[0];
        return new WaitingTimesReport(total.firstAdvice(), total.toIntervention(), byRoute, bands(area, f.locality()), monthly, beforeAfter);
    }

    private Map<String, Long> bands(Area area, String locality) {
        LocalDate today = rules.today();
        Map<String, Long> bands = new LinkedHashMap<>();
        db.sql("select count(*) filter (where received_on >= ?::date - 126), count(*) filter (where received_on < ?::date - 126), "
                + "count(*) filter (where received_on < ?::date - 364) from support_request "
                + "where area_id = ? and status = 'WAITING' and (cast(? as text) is null or locality = ?)")
                .params(today, today, today, area.id(), locality, locality).query((rs, n) -> {
                    bands.put("0-18", rs.getLong(1));
                    bands.put("over18", rs.getLong(2));
                    bands.put("over52", rs.getLong(3));
                    return null;
                }).list();
        return bands;
    }

    private static WaitingTimesReport.Stat stat(ResultSet rs, String wait) throws SQLException {
        long n = rs.getLong(wait + "_n");
        Array p = rs.getArray(wait + "_p");
        Double[] values = p == null ? new Double[] {null, null} : (Double[]) p.getArray();
        return WaitingTimesReport.Stat.of(n, values[0], values[1]);
    }

    /** The report as a workbook: the waits, by route, by month, before and after, and the bands, each on its own sheet. */
    public byte[] workbook(WaitingTimesReport r, WaitingTimesReport.Filter f) {
        List<String> header = List.of("Group", "Requests with a wait", "Median days to first advice", "90th percentile days to first advice",
                "Requests started", "Median days to intervention", "90th percentile days to intervention");
        List<List<Object>> summary = new ArrayList<>();
        summary.add(row("All requests received " + f.from() + " to " + f.to() + (f.locality() == null ? "" : " in " + f.locality()),
                new WaitingTimesReport.Waits(r.firstAdvice(), r.toIntervention())));
        r.byRoute().forEach((route, w) -> summary.add(row(Route.valueOf(route).label(), w)));
        if (r.beforeAfter() != null) {
            summary.add(row("Received before " + r.beforeAfter().change(), r.beforeAfter().before()));
            summary.add(row("Received from " + r.beforeAfter().change(), r.beforeAfter().after()));
        }
        List<List<Object>> months = r.monthly().stream().map(m -> row(m.month(), new WaitingTimesReport.Waits(m.firstAdvice(), m.toIntervention()))).toList();
        List<List<Object>> bands = List.of(List.<Object>of("0 to 18 weeks", r.bands().get("0-18")), List.<Object>of("Over 18 weeks", r.bands().get("over18")),
                List.<Object>of("Over 52 weeks", r.bands().get("over52")));
        return Spreadsheet.of(List.of(new Spreadsheet.Sheet("Waiting times", header, summary), new Spreadsheet.Sheet("By month", header, months),
                new Spreadsheet.Sheet("Waiting now", List.of("Band", "Children waiting"), bands)));
    }

    private static List<Object> row(String group, WaitingTimesReport.Waits w) {
        List<Object> row = new ArrayList<>();
        row.add(group);
        row.add(w.firstAdvice().n());
        row.add(w.firstAdvice().median());
        row.add(w.firstAdvice().p90());
        row.add(w.toIntervention().n());
        row.add(w.toIntervention().median());
        row.add(w.toIntervention().p90());
        return row;
    }
}
