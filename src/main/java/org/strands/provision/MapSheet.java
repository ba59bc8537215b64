package org.strands.provision;

import java.util.List;
import org.strands.platform.Formats;
import org.strands.platform.Spreadsheet;

/** The provision map as rows: one per outcome cell, with its figures and flags. */
final class MapSheet {

    static final List<String> HEADER = List.of("Outcome", "Strand", "Level", "Current offers", "Annual capacity",
            "Annual hours", "Gap", "Thin", "Recorded gaps");

    private MapSheet() {
    }

    /** Typed cells: counts and hours as numbers, flags as booleans (written Yes or No). */
    static List<List<Object>> cells(ProvisionMap map) {
        return map.cells().stream().<List<Object>>map(c -> List.of(c.code(), c.strand().label(), c.level().label(), c.offers(),
                c.capacity(), c.hours(), c.gap(), c.thin(), c.recordedGaps())).toList();
    }

    /** The same as text for CSV: flags as Yes or No, numbers plain and rounded (558.48, never 558.4799999999999). */
    static List<List<String>> rows(ProvisionMap map) {
        return cells(map).stream().map(row -> row.stream().map(MapSheet::text).toList()).toList();
    }

    private static String text(Object value) {
        return switch (value) {
            case Boolean b -> b ? "Yes" : "No";
            case Number n -> Formats.rounded(n, Spreadsheet.DECIMALS).toPlainString();
            default -> String.valueOf(value);
        };
    }

    static final List<String> ACTION_HEADER = List.of("Action", "Outcomes", "Localities", "Owner", "Due", "Status", "Overdue", "Progress notes");

    static List<List<String>> actionRows(List<Action> actions) {
        return actions.stream().map(a -> List.of(a.title(), String.join(", ", a.outcomes()), String.join(", ", a.localities()),
                a.owner(), Formats.ukDate(a.dueOn()), a.status().label(), a.overdue() ? "Yes" : "No",
                String.join(" | ", a.notes().stream().map(n -> Formats.ukDate(n.writtenAt()) + " " + n.writtenBy() + ": " + n.text()).toList()))).toList();
    }

    static byte[] workbook(ProvisionMap map, List<Action> actions) {
        return Spreadsheet.of(List.of(new Spreadsheet.Sheet("Provision map", HEADER, cells(map)),
                new Spreadsheet.Sheet("Action plan", ACTION_HEADER, actionRows(actions).stream().<List<Object>>map(List::copyOf).toList())));
    }
}
