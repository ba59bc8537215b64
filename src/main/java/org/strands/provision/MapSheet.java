package org.strands.provision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The provision map as rows: one per outcome cell, with its figures and flags. */
final class MapSheet {

    static final List<String> HEADER = List.of("Outcome", "Strand", "Level", "Current offers", "Annual capacity",
            "Annual hours", "Gap", "Thin", "Recorded gaps");

    private MapSheet() {
    }

    static List<List<String>> rows(ProvisionMap map) {
        return map.cells().stream().map(c -> List.of(c.code(), c.strand().label(), c.level().label(),
                String.valueOf(c.offers()), String.valueOf(c.capacity()), String.valueOf(c.hours()), c.gap() ? "Yes" : "No",
                c.thin() ? "Yes" : "No", String.valueOf(c.recordedGaps()))).toList();
    }

    static final List<String> ACTION_HEADER = List.of("Action", "Outcomes", "Localities", "Owner", "Due", "Status", "Overdue", "Progress notes");

    static List<List<String>> actionRows(List<Action> actions) {
        return actions.stream().map(a -> List.of(a.title(), String.join(", ", a.outcomes()), String.join(", ", a.localities()),
                a.owner(), a.dueOn() == null ? "" : a.dueOn().toString(), a.status().label(), a.overdue() ? "Yes" : "No",
                String.join(" | ", a.notes().stream().map(n -> n.writtenAt().toLocalDate() + " " + n.writtenBy() + ": " + n.text()).toList()))).toList();
    }

    static byte[] workbook(ProvisionMap map, List<Action> actions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Strands", "1.0");
            Worksheet sheet = workbook.newWorksheet("Provision map");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            List<List<String>> rows = rows(map);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < HEADER.size(); c++) {
                    String v = rows.get(r).get(c);
                    if (c >= 3 && c <= 5 || c == 8) {
                        sheet.value(r + 1, c, Double.valueOf(v));
                    } else {
                        sheet.value(r + 1, c, v);
                    }
                }
            }
            Worksheet plan = workbook.newWorksheet("Action plan");
            List<List<String>> planRows = actionRows(actions);
            for (int c = 0; c < ACTION_HEADER.size(); c++) {
                plan.value(0, c, ACTION_HEADER.get(c));
                plan.style(0, c).bold().set();
            }
            for (int r = 0; r < planRows.size(); r++) {
                for (int c = 0; c < ACTION_HEADER.size(); c++) {
                    plan.value(r + 1, c, planRows.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
