package org.strands.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.Formats;
import org.strands.platform.Spreadsheet;

/**
 * The waiting times report: one scan of the period's requests counts the waits by group and length, from which each
 * group's median and 90th percentile are read (all, by route, by month, before and after the change); the bands of
 * those waiting now come from the waiting requests' index.
 */
@Service
public class WaitingTimes {

    /**
     * The waits of the period's requests counted by group and length: how many requests of each route, month and side of
     * the change waited so many days for first advice ({@code for_start} 0), or for the intervention (1). A null wait is a
     * request without that milestone yet. Two plain aggregates rather than one with grouping sets, so that PostgreSQL can
     * share each among parallel workers; the month is stored with the request.
     */
    private static final String HISTOGRAM = """
            select 0 as for_start, route, month, before, advice as days, count(*) as n from (%1$s) r group by 1, 2, 3, 4, 5
            union all
            select 1 as for_start, route, month, before, start as days, count(*) as n from (%1$s) r group by 1, 2, 3, 4, 5"""
            .formatted("""
                    select route, received_month as month,
                           coalesce(received_on < cast(:change as date), false) as before,
                           first_advice_on - received_on as advice, intervention_start_on - received_on as start
                    from support_request
                    where area_id = :area and received_on between :from and :to and (cast(:locality as text) is null or locality = :locality)""");

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

    /**
     * The report. PostgreSQL counts the waits by group and length (a few thousand rows for a million requests); the medians and 90th percentiles are read from those counts exactly as percentile_cont
     * would read them, which sorting the waits once for each of the 21 groups took two to three times as long to do.
     */
    @Transactional(readOnly = true)
    public WaitingTimesReport report(Area area, WaitingTimesReport.Filter f) {
        Map<String, Group> groups = new LinkedHashMap<>();
        groups.put("all", new Group());
        for (Route route : Route.values()) {
            groups.put("route:" + route.name(), new Group());
        }
        java.util.TreeMap<String, Group> months = new java.util.TreeMap<>();
        // the planner, counting on a group for almost every request, would sort them all in 4 MB of memory; there are a few thousand
        db.sql("set local work_mem = '64MB'").update();
        db.sql(HISTOGRAM).param("change", f.change()).param("area", area.id()).param("from", f.from()).param("to", f.to())
                .param("locality", f.locality()).query((rs, i) -> {
            boolean forStart = rs.getInt("for_start") == 1;
            Integer days = (Integer) rs.getObject("days");
            long n = rs.getLong("n");
            String period = f.change() == null ? null : rs.getBoolean("before") ? "before" : "after";
            Group month = months.computeIfAbsent(rs.getObject("month", LocalDate.class).toString().substring(0, 7), m -> new Group());
            for (Group g : new Group[] {groups.get("all"), groups.get("route:" + rs.getString("route")), month,
                period == null ? null : groups.computeIfAbsent(period, p -> new Group())}) {
                if (g != null) {
                    g.add(forStart, days, n);
                }
            }
            return null;
        }).list();
        Map<String, WaitingTimesReport.Waits> byRoute = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            byRoute.put(route.name(), groups.get("route:" + route.name()).waits());
        }
        List<WaitingTimesReport.Month> monthly = new ArrayList<>();
        months.forEach((m, g) -> monthly.add(new WaitingTimesReport.Month(m, g.received, g.advice.stat(), g.start.stat())));
        WaitingTimesReport.BeforeAfter beforeAfter = f.change() == null ? null : new WaitingTimesReport.BeforeAfter(f.change(),
                groups.getOrDefault("before", new Group()).waits(), groups.getOrDefault("after", new Group()).waits());
        WaitingTimesReport.Waits all = groups.get("all").waits();
        return new WaitingTimesReport(all.firstAdvice(), all.toIntervention(), byRoute, bands(area, f.locality()), monthly, beforeAfter);
    }

    /** The waits of one group of requests, and how many it received. */
    private static final class Group {
        final WaitHistogram advice = new WaitHistogram();
        final WaitHistogram start = new WaitHistogram();
        long received;

        void add(boolean forStart, Integer days, long n) {
            if (!forStart) {
                received += n;
            }
            if (days != null) {
                (forStart ? start : advice).add(days, n);
            }
        }

        WaitingTimesReport.Waits waits() {
            return new WaitingTimesReport.Waits(advice.stat(), start.stat());
        }
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

    /** The report as a workbook: the waits, by route, by month, before and after, and the bands, each on its own sheet. */
    public byte[] workbook(WaitingTimesReport r, WaitingTimesReport.Filter f) {
        List<String> header = List.of("Group", "Requests advised", "Median days to first advice", "90th percentile days to first advice",
                "Requests started", "Median days to intervention", "90th percentile days to intervention");
        List<List<Object>> summary = new ArrayList<>();
        summary.add(row("All requests received " + Formats.ukDate(f.from()) + " to " + Formats.ukDate(f.to()) + (f.locality() == null ? "" : " in " + f.locality()),
                new WaitingTimesReport.Waits(r.firstAdvice(), r.toIntervention())));
        r.byRoute().forEach((route, w) -> summary.add(row(Route.valueOf(route).label(), w)));
        if (r.beforeAfter() != null) {
            summary.add(row("Received before " + Formats.ukDate(r.beforeAfter().change()), r.beforeAfter().before()));
            summary.add(row("Received from " + Formats.ukDate(r.beforeAfter().change()), r.beforeAfter().after()));
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
