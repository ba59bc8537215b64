package org.strands.impact;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.Copy;
import org.strands.platform.Formats;
import org.strands.platform.Spreadsheet;

/**
 * The impact report as a workbook: every group by direction of care, the equity breakdowns, and notes. A shown
 * figure is a number; a hidden one the words "fewer than 5", never its value.
 */
@Component
public class ImpactWorkbook {

    public byte[] of(String areaName, ImpactReport report) {
        ImpactFilter f = report.filter();
        List<String> header = new ArrayList<>(List.of(Copy.of("impact.groupBy." + f.groupBy()), Copy.of("impact.form.direction")));
        header.addAll(ImpactColumns.tierHeadings());
        List<List<Object>> rows = new ArrayList<>();
        List<ImpactReport.Group> groups = new ArrayList<>(report.groups());
        groups.add(report.total());
        for (ImpactReport.Group g : groups) {
            g.byDirection().forEach((d, tiers) -> {
                List<Object> row = new ArrayList<>(List.of(g.label(), ImpactColumns.direction(d)));
                ImpactColumns.tierFigures(tiers).forEach(x -> row.add(cell(x)));
                rows.add(row);
            });
        }
        List<String> equityHeader = new ArrayList<>(List.of(Copy.of("impact.equity"), Copy.of("impact.group"), Copy.of("impact.reach.children")));
        equityHeader.addAll(ImpactColumns.impactHeadings());
        List<List<Object>> equity = new ArrayList<>();
        for (ImpactReport.Equity e : report.equity()) {
            for (ImpactReport.EquityRow r : e.rows()) {
                List<Object> row = new ArrayList<>(List.of(Copy.of("impact.breakdown." + e.breakdown()), r.label(), cell(r.children())));
                ImpactColumns.impactFigures(r.impact()).forEach(x -> row.add(cell(x)));
                equity.add(row);
            }
        }
        List<List<Object>> notes = new ArrayList<>();
        notes.add(List.of(areaName + ": " + Copy.of("impact.period", Formats.ukDate(f.from()), Formats.ukDate(f.to()))));
        for (String key : List.of("impact.explain.fewer", "impact.explain.tScore", "impact.explain.ratings", "impact.explain.family", "impact.explain.hours")) {
            notes.add(List.of(Copy.of(key)));
        }
        return Spreadsheet.of(List.of(new Spreadsheet.Sheet("Impact", header, rows), new Spreadsheet.Sheet("Equity", equityHeader, equity),
                new Spreadsheet.Sheet("Notes", List.of(Copy.of("impact.explain.heading")), notes)));
    }

    private static Object cell(Figure f) {
        return f.shown() ? f.value() : f.text();
    }
}
