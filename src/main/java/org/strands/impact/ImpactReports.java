package org.strands.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.access.WaitingTimes;
import org.strands.access.WaitingTimesReport;
import org.strands.need.NeedEstimates;
import org.strands.need.NeedRow;
import org.strands.platform.Area;
import org.strands.platform.Formats;

/**
 * The impact report of an area or a cohort: input, reach, quality and impact by group and direction of care, and
 * the impact tier by deprivation fifth, ethnicity and first language, with small numbers protected throughout (a
 * group hidden, and a second where one hidden group could be worked out from the total).
 */
@Service
public class ImpactReports {

    private final ImpactTallies tallies;
    private final ImpactLabels labels;
    private final NeedEstimates need;
    private final WaitingTimes waitingTimes;
    private final Clock clock;

    ImpactReports(ImpactTallies tallies, ImpactLabels labels, NeedEstimates need, WaitingTimes waitingTimes, Clock clock) {
        this.tallies = tallies;
        this.labels = labels;
        this.need = need;
        this.waitingTimes = waitingTimes;
        this.clock = clock;
    }

    /** Today in London, the end of a period not given. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.LONDON));
    }

    /** The query read against today: refused naming the field of any bad value. */
    public ImpactFilter filter(ImpactQuery query) {
        return ImpactFilter.read(query, today());
    }

    @Transactional(readOnly = true)
    public ImpactReport report(Area area, ImpactFilter f) {
        List<Tally> all = tallies.tallies(area, f);
        Map<String, Map<String, Tally>> groups = new LinkedHashMap<>();
        Map<String, Tally> totals = new LinkedHashMap<>();
        Map<String, Map<String, Tally>> equity = new LinkedHashMap<>();
        for (Tally t : all) {
            switch (t.kind()) {
                case "group" -> groups.computeIfAbsent(t.key(), k -> new LinkedHashMap<>()).put(t.direction(), t);
                case "total" -> totals.put(t.direction(), t);
                default -> equity.computeIfAbsent(t.kind(), k -> new LinkedHashMap<>()).put(t.key(), t);
            }
        }
        Map<String, String> names = labels.groups(area, f.groupBy(), groups.keySet());
        List<String> keys = groups.keySet().stream().sorted(order(f.groupBy(), names)).toList();
        Map<String, Double> needs = needs(area, f.groupBy());
        WaitingTimesReport waits = waitingTimes.report(area, waitingTimes.defaults(f.from(), f.to(), f.locality(), null));

        Map<String, boolean[]> hiddenByDirection = new LinkedHashMap<>();
        Map<String, boolean[]> dischargedHidden = new LinkedHashMap<>();
        for (String d : ImpactReport.DIRECTIONS) {
            List<Tally> row = keys.stream().map(k -> tally(groups.get(k), "group", k, d)).toList();
            hiddenByDirection.put(d, SmallNumbers.hidden(row.stream().map(Tally::children).toList()));
            dischargedHidden.put(d, SmallNumbers.hidden(row.stream().map(Tally::discharged).toList()));
        }
        List<ImpactReport.Group> shown = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            Map<String, ImpactReport.Tiers> tiers = new LinkedHashMap<>();
            for (String d : ImpactReport.DIRECTIONS) {
                Tally t = tally(groups.get(k), "group", k, d);
                boolean hidden = hiddenByDirection.get(d)[i];
                Figure none = Figure.none(org.strands.platform.Copy.of("impact.areaOnly"));
                tiers.put(d, new ImpactReport.Tiers(ShownFigures.input(t, hidden),
                        ShownFigures.reach(t, hidden, null, "ALL".equals(d) ? needs.get(k) : null),
                        ShownFigures.quality(t, hidden, none, none), ShownFigures.impact(t, hidden || dischargedHidden.get(d)[i])));
            }
            shown.add(new ImpactReport.Group(k, names.getOrDefault(k, k), tiers));
        }
        return new ImpactReport(f, shown, total(area, f, totals, needs.get("total"), waits), equity(equity));
    }

    private ImpactReport.Group total(Area area, ImpactFilter f, Map<String, Tally> totals, Double areaNeed, WaitingTimesReport waits) {
        List<String> directions = ImpactReport.DIRECTIONS.subList(1, ImpactReport.DIRECTIONS.size());
        boolean[] hidden = SmallNumbers.hidden(directions.stream().map(d -> tally(totals, "total", null, d).children()).toList());
        Tally journeys = tally(totals, "total", null, "ALL");
        // families heard after easy access without a journey count in the area's total, when no child's detail narrows it
        Tally everyone = f.narrowedByChild() ? journeys : tallies.withContactsHeard(area, f, journeys);
        Figure families = f.narrowedByChild() ? Figure.none(org.strands.platform.Copy.of("impact.notAvailable"))
                : SmallNumbers.count(everyone.children() + tallies.contactsWithoutJourney(area, f, everyone.fromContact()));
        Figure advice = ShownFigures.weeks(waits.firstAdvice());
        Figure intervention = ShownFigures.weeks(waits.toIntervention());
        Map<String, ImpactReport.Tiers> tiers = new LinkedHashMap<>();
        tiers.put("ALL", new ImpactReport.Tiers(ShownFigures.input(everyone, false), ShownFigures.reach(everyone, false, families, areaNeed),
                ShownFigures.quality(everyone, false, advice, intervention), ShownFigures.impact(everyone, false)));
        Figure none = Figure.none(org.strands.platform.Copy.of("impact.areaOnly"));
        for (int i = 0; i < directions.size(); i++) {
            Tally t = tally(totals, "total", null, directions.get(i));
            tiers.put(directions.get(i), new ImpactReport.Tiers(ShownFigures.input(t, hidden[i]), ShownFigures.reach(t, hidden[i], null, null),
                    ShownFigures.quality(t, hidden[i], none, none), ShownFigures.impact(t, hidden[i])));
        }
        return new ImpactReport.Group("total", org.strands.platform.Copy.of("impact.total"), tiers);
    }

    private List<ImpactReport.Equity> equity(Map<String, Map<String, Tally>> equity) {
        List<ImpactReport.Equity> breakdowns = new ArrayList<>();
        for (String breakdown : List.of("quintile", "ethnicity", "language")) {
            Map<String, Tally> rows = equity.getOrDefault(breakdown, Map.of());
            List<String> keys = rows.keySet().stream().sorted(Comparator.comparing((String k) -> k.isEmpty()).thenComparing(Function.identity())).toList();
            boolean[] hidden = SmallNumbers.hidden(keys.stream().map(k -> rows.get(k).children()).toList());
            boolean[] dischargedHidden = SmallNumbers.hidden(keys.stream().map(k -> rows.get(k).discharged()).toList());
            List<ImpactReport.EquityRow> shown = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Tally t = rows.get(keys.get(i));
                shown.add(new ImpactReport.EquityRow(keys.get(i), ImpactLabels.equity(breakdown, keys.get(i)),
                        hidden[i] ? Figure.hidden() : SmallNumbers.count(t.children()), ShownFigures.impact(t, hidden[i] || dischargedHidden[i])));
            }
            breakdowns.add(new ImpactReport.Equity(breakdown, shown));
        }
        return breakdowns;
    }

    /** Estimated children needing support: the targeted estimate for the area and each locality, each level's own for levels. */
    private Map<String, Double> needs(Area area, String groupBy) {
        Map<String, Double> needs = new LinkedHashMap<>();
        List<NeedRow> total = need.need(area, "area");
        if (!total.isEmpty()) {
            NeedRow row = total.getFirst();
            needs.put("total", row.targeted());
            if ("level".equals(groupBy)) {
                needs.put("1", row.universal());
                needs.put("2", row.targeted());
                needs.put("3", row.specialist());
            }
        }
        if ("locality".equals(groupBy)) {
            needs.putAll(need.need(area, "locality").stream().collect(Collectors.toMap(NeedRow::name, NeedRow::targeted, (a, b) -> a)));
        }
        return needs;
    }

    /** Levels by number, strands in the framework's order, offers and localities by name with "not recorded" last. */
    private static Comparator<String> order(String groupBy, Map<String, String> names) {
        return switch (groupBy) {
            case "level" -> Comparator.naturalOrder();
            case "strand" -> Comparator.comparing(k -> java.util.Arrays.stream(org.strands.framework.Strand.values())
                    .map(org.strands.framework.Strand::prefix).toList().indexOf(k));
            default -> Comparator.comparing((String k) -> k.isEmpty()).thenComparing(k -> names.getOrDefault(k, k));
        };
    }

    private static Tally tally(Map<String, Tally> byDirection, String kind, String key, String direction) {
        Tally t = byDirection == null ? null : byDirection.get(direction);
        return t == null ? Tally.empty(kind, key, direction) : t;
    }
}
