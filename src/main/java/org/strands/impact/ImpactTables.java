package org.strands.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.strands.platform.Copy;

/**
 * The report laid out as tables for people to read, on the page and in the PDF: one per tier with a row per group
 * and the total, one of the totals by direction of care, and one per equity breakdown.
 */
public final class ImpactTables {

    /** A table: its id (for captions), caption, the heading of its first column and of each figure, and its rows. */
    public record Table(String id, String caption, String firstHeading, List<String> headings, List<Row> rows) {
    }

    /** One row: its label, its figures in the order of the headings, and whether it is the total. */
    public record Row(String label, List<Figure> figures, boolean total) {
    }

    private ImpactTables() {
    }

    /** The four tiers for one direction of care (ALL for all). */
    public static List<Table> tiers(ImpactReport report, String direction) {
        String by = Copy.of("impact.groupBy." + report.filter().groupBy());
        String dir = ImpactColumns.direction(direction);
        List<Table> tables = new ArrayList<>();
        tables.add(table(report, direction, "input", by, dir, List.of("impact.input.hours", "impact.input.sessions", "impact.input.cost"),
                t -> List.of(t.input().hours(), t.input().sessions(), t.input().cost())));
        tables.add(table(report, direction, "reach", by, dir, List.of("impact.reach.children", "impact.reach.families", "impact.reach.settings",
                "impact.reach.shareOfNeed"), t -> List.of(t.reach().children(), t.reach().families(), t.reach().settings(), t.reach().shareOfNeed())));
        tables.add(table(report, direction, "quality", by, dir, List.of("impact.quality.advice", "impact.quality.intervention",
                "impact.quality.satisfaction"), t -> List.of(t.quality().weeksToAdvice(), t.quality().weeksToIntervention(), t.quality().satisfaction())));
        tables.add(new Table("impact", Copy.of("impact.tierCaption", Copy.of("impact.impact"), by.toLowerCase(Copy.LOCALE), dir.toLowerCase(Copy.LOCALE)), by, impactHeadings(),
                rows(report, direction, t -> ImpactColumns.impactFigures(t.impact()))));
        return tables;
    }

    /** The total of every tier's main figures for each direction of care. */
    public static Table byDirection(ImpactReport report) {
        List<Row> rows = new ArrayList<>();
        report.total().byDirection().forEach((d, t) -> rows.add(new Row(ImpactColumns.direction(d), List.of(t.reach().children(),
                t.input().hours(), t.input().cost(), t.impact().discharged(), t.impact().meanT(), t.impact().goalsMet(),
                t.impact().familyChange()), "ALL".equals(d))));
        return new Table("directions", Copy.of("impact.byDirection.caption"), Copy.of("impact.form.direction"),
                List.of(Copy.of("impact.reach.children"), Copy.of("impact.input.hours"), Copy.of("impact.input.cost"),
                        Copy.of("impact.impact.discharged"), Copy.of("impact.impact.meanT"), Copy.of("impact.impact.goalsMet"),
                        Copy.of("impact.impact.familyChange")), rows);
    }

    /** The impact tier by deprivation fifth, ethnicity and first language. */
    public static List<Table> equity(ImpactReport report) {
        List<Table> tables = new ArrayList<>();
        for (ImpactReport.Equity e : report.equity()) {
            List<String> headings = new ArrayList<>(List.of(Copy.of("impact.reach.children")));
            headings.addAll(impactHeadings());
            List<Row> rows = e.rows().stream().map(r -> {
                List<Figure> figures = new ArrayList<>(List.of(r.children()));
                figures.addAll(ImpactColumns.impactFigures(r.impact()));
                return new Row(r.label(), figures, false);
            }).toList();
            String name = Copy.of("impact.breakdown." + e.breakdown());
            tables.add(new Table("equity-" + e.breakdown(), Copy.of("impact.tierCaption", Copy.of("impact.impact"), name.toLowerCase(Copy.LOCALE),
                    ImpactColumns.direction("ALL").toLowerCase(Copy.LOCALE)), name, headings, rows));
        }
        return tables;
    }

    private static List<String> impactHeadings() {
        List<String> h = new ArrayList<>(List.of(Copy.of("impact.impact.discharged"), Copy.of("impact.impact.meanT"),
                Copy.of("impact.impact.ciLow"), Copy.of("impact.impact.ciHigh"), Copy.of("impact.impact.goalsMet")));
        for (String d : Tally.DOMAINS) {
            h.add(Copy.of("impact.impact.improving", Copy.of("impact.domain." + d)));
        }
        h.add(Copy.of("impact.impact.familyChange"));
        return h;
    }

    private static Table table(ImpactReport report, String direction, String id, String by, String dir, List<String> keys,
            Function<ImpactReport.Tiers, List<Figure>> figures) {
        String tier = Copy.of("impact." + id);
        return new Table(id, Copy.of("impact.tierCaption", tier, by.toLowerCase(Copy.LOCALE), dir.toLowerCase(Copy.LOCALE)), by,
                keys.stream().map(Copy::of).toList(), rows(report, direction, figures));
    }

    private static List<Row> rows(ImpactReport report, String direction, Function<ImpactReport.Tiers, List<Figure>> figures) {
        List<Row> rows = new ArrayList<>();
        for (ImpactReport.Group g : report.groups()) {
            rows.add(new Row(g.label(), figures.apply(g.byDirection().get(direction)), false));
        }
        rows.add(new Row(report.total().label(), figures.apply(report.total().byDirection().get(direction)), true));
        return rows;
    }
}
