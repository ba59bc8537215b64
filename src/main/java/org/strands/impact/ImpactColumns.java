package org.strands.impact;

import java.util.ArrayList;
import java.util.List;
import org.strands.platform.Copy;

/** The figures of the tiers in one order, with their headings: shared by the workbook and the PDF. */
final class ImpactColumns {

    private ImpactColumns() {
    }

    static List<String> tierHeadings() {
        List<String> h = new ArrayList<>(List.of(Copy.of("impact.input.hours"), Copy.of("impact.input.sessions"), Copy.of("impact.input.cost") + " (£)",
                Copy.of("impact.reach.children"), Copy.of("impact.reach.families"), Copy.of("impact.reach.settings"),
                Copy.of("impact.reach.shareOfNeed") + " (%)", Copy.of("impact.quality.advice"), Copy.of("impact.quality.intervention"),
                Copy.of("impact.quality.satisfaction") + " (%)"));
        h.addAll(impactHeadings());
        return h;
    }

    static List<String> impactHeadings() {
        List<String> h = new ArrayList<>(List.of(Copy.of("impact.impact.discharged"), Copy.of("impact.impact.meanT"),
                Copy.of("impact.impact.ciLow"), Copy.of("impact.impact.ciHigh"), Copy.of("impact.impact.goalsMet") + " (%)"));
        for (String d : Tally.DOMAINS) {
            h.add(Copy.of("impact.impact.improving", Copy.of("impact.domain." + d)) + " (%)");
        }
        h.add(Copy.of("impact.impact.familyChange") + " (%)");
        return h;
    }

    static List<Figure> tierFigures(ImpactReport.Tiers t) {
        List<Figure> f = new ArrayList<>(List.of(t.input().hours(), t.input().sessions(), t.input().cost(), t.reach().children(),
                t.reach().families(), t.reach().settings(), t.reach().shareOfNeed(), t.quality().weeksToAdvice(),
                t.quality().weeksToIntervention(), t.quality().satisfaction()));
        f.addAll(impactFigures(t.impact()));
        return f;
    }

    static List<Figure> impactFigures(ImpactReport.Impact i) {
        List<Figure> f = new ArrayList<>(List.of(i.discharged(), i.meanT(), i.ciLow(), i.ciHigh(), i.goalsMet()));
        f.addAll(i.improving().values());
        f.add(i.familyChange());
        return f;
    }

    static String direction(String d) {
        return Copy.of("impact.direction." + d);
    }
}
