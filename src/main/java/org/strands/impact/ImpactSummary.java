package org.strands.impact;

import java.util.ArrayList;
import java.util.List;
import org.strands.platform.Copy;
import org.strands.platform.Formats;

/**
 * The one-page summary of an area's impact, written from its own figures: sentences built from the protected
 * report, so a hidden figure reads "fewer than 5" and a sentence resting on too few children says so instead.
 */
public record ImpactSummary(String areaName, String title, String period, List<String> sentences) {

    public static ImpactSummary of(String areaName, ImpactReport report) {
        ImpactFilter f = report.filter();
        String from = Formats.ukDate(f.from());
        String to = Formats.ukDate(f.to());
        ImpactReport.Tiers all = report.total().all();
        List<String> sentences = new ArrayList<>();
        ImpactReport.Reach reach = all.reach();
        if (reach.children().shown()) {
            sentences.add(Copy.of("impact.summary.reach", from, to, reach.children().text(),
                    Copy.of("impact.summary.settings", reach.settings().value()), all.input().hours().text(), all.input().cost().text()));
            if (reach.shareOfNeed().shown()) {
                sentences.add(Copy.of("impact.summary.need", reach.shareOfNeed().text()));
            }
        } else {
            sentences.add(Copy.of("impact.summary.reachHidden", from, to));
        }
        ImpactReport.Impact impact = all.impact();
        if (impact.discharged().shown()) {
            sentences.add(Copy.of("impact.summary.discharged", impact.discharged().text(), from, to, impact.goalsMet().text()));
            if (impact.meanT().shown()) {
                sentences.add(Copy.of("impact.summary.tScore", impact.meanT().text(), impact.ciLow().text(), impact.ciHigh().text()));
            }
            sentences.add(Copy.of("impact.summary.improving", impact.improving().get("ACTIVITY").text(), impact.improving().get("PARTICIPATION").text()));
            sentences.add(Copy.of("impact.summary.family", impact.familyChange().text(), all.quality().satisfaction().text()));
        } else {
            sentences.add(Copy.of("impact.summary.dischargedFew", from, to));
        }
        ImpactReport.Quality quality = all.quality();
        if (quality.weeksToAdvice().shown() || quality.weeksToIntervention().shown()) {
            sentences.add(Copy.of("impact.summary.waits", quality.weeksToAdvice().text(), quality.weeksToIntervention().text()));
        }
        sentences.add(Copy.of("impact.summary.directions", report.total().byDirection().get("IMPROVE").reach().children().text(),
                report.total().byDirection().get("SUSTAIN").reach().children().text(),
                report.total().byDirection().get("MANAGE_DECLINE").reach().children().text()));
        sentences.add(Copy.of("impact.summary.fewer"));
        return new ImpactSummary(areaName, Copy.of("impact.summary.title") + ": " + areaName,
                Copy.of("impact.summary.intro", areaName, from, to), sentences);
    }
}
