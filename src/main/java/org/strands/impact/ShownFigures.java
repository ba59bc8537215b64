package org.strands.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strands.platform.Copy;
import org.strands.platform.Formats;

/** Turns one tally into the figures that may be shown, given whether its group's count is hidden. */
final class ShownFigures {

    private static final Formats FORMATS = new Formats();

    private ShownFigures() {
    }

    static ImpactReport.Input input(Tally t, boolean hidden) {
        if (hidden) {
            return new ImpactReport.Input(Figure.hidden(), Figure.hidden(), Figure.hidden());
        }
        return new ImpactReport.Input(SmallNumbers.total(t.hours(), t.children(), FORMATS.number(t.hours())),
                SmallNumbers.total(BigDecimal.valueOf(t.sessions()), t.children(), FORMATS.whole(t.sessions())),
                SmallNumbers.total(t.cost(), t.children(), "£" + FORMATS.whole(t.cost())));
    }

    static ImpactReport.Reach reach(Tally t, boolean hidden, Figure families, Double need) {
        if (hidden) {
            return new ImpactReport.Reach(Figure.hidden(), families == null ? Figure.hidden() : families, Figure.hidden(), Figure.hidden());
        }
        Figure share = need == null || need <= 0 ? Figure.none(Copy.of("impact.notAvailable"))
                : SmallNumbers.percent(t.children() / need);
        return new ImpactReport.Reach(SmallNumbers.count(t.children()), families == null ? Figure.none(Copy.of("impact.areaOnly")) : families,
                Figure.of(BigDecimal.valueOf(t.settings()), FORMATS.whole(t.settings())), share);
    }

    static ImpactReport.Quality quality(Tally t, boolean hidden, Figure advice, Figure intervention) {
        Figure satisfaction = hidden ? Figure.hidden() : SmallNumbers.meanShare(t.satisfaction(), t.satisfactionN());
        return new ImpactReport.Quality(advice, intervention, satisfaction);
    }

    static ImpactReport.Impact impact(Tally t, boolean hidden) {
        Map<String, Figure> improving = new LinkedHashMap<>();
        // what families said stands on its own numbers: the area's total also hears families after easy access
        Figure familyChange = hidden ? Figure.hidden() : SmallNumbers.meanShare(t.change(), t.changeN());
        if (hidden || t.discharged() < SmallNumbers.FEWEST) {
            Tally.DOMAINS.forEach(d -> improving.put(d, Figure.hidden()));
            return new ImpactReport.Impact(Figure.hidden(), Figure.hidden(), Figure.hidden(), Figure.hidden(), Figure.hidden(), improving,
                    familyChange);
        }
        t.improving().forEach((d, n) -> improving.put(d, SmallNumbers.share(n[1], n[0])));
        Figure mean = SmallNumbers.mean(t.tMean(), t.tN());
        Figure low = mean.shown() && t.tSd() != null ? oneDecimal(ConfidenceInterval.of(t.tMean(), t.tSd(), t.tN()).low()) : mean;
        Figure high = mean.shown() && t.tSd() != null ? oneDecimal(ConfidenceInterval.of(t.tMean(), t.tSd(), t.tN()).high()) : mean;
        return new ImpactReport.Impact(SmallNumbers.count(t.discharged()), mean, low, high,
                SmallNumbers.shareOf(t.goalsMet(), t.goalsScored(), t.goalChildren()), improving, familyChange);
    }

    static Figure oneDecimal(double value) {
        BigDecimal v = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return Figure.of(v, FORMATS.decimal(v, 1));
    }

    /** A median wait in days as weeks to one decimal place, or why it is not shown. */
    static Figure weeks(org.strands.access.WaitingTimesReport.Stat stat) {
        if (stat.n() == 0) {
            return Figure.none(Copy.of("impact.notAvailable"));
        }
        if (stat.n() < SmallNumbers.FEWEST) {
            return Figure.hidden();
        }
        if (stat.tooFew() || stat.median() == null) {
            return Figure.none(Copy.of("impact.tooFewWaits"));
        }
        return oneDecimal(stat.median() / 7);
    }
}
