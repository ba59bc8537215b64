package org.strands.followup.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strands.access.Route;
import org.strands.followup.FollowUpStatus;
import org.strands.followup.FollowUps;
import org.strands.platform.Copy;
import org.strands.platform.Formats;

/** What the follow-up pages show, in plain words: statuses, routes and response rates. */
final class Views {

    /** Fewer families asked than this, and the rate is not shown (the small-number rule of the reports). */
    static final int FEWEST_ASKED = 5;

    /** One line of a rates table. */
    record RateRow(String label, String asked, String answered, String rate) {
    }

    /** A message the demo kept, its body line by line, each link a line of its own. */
    record KeptView(String to, String subject, String channel, java.time.Instant sentAt, List<Line> lines) {
    }

    record Line(String text, boolean link) {
    }

    private Views() {
    }

    /** The status named, in any case; null (every status) when blank or not one of them. */
    static FollowUpStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(FollowUpStatus.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The routes' labels by their names, as follow-ups store them. */
    static Map<String, String> routes() {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(Route.values()).forEach(r -> labels.put(r.name(), r.label()));
        return labels;
    }

    static List<KeptView> kept(List<FollowUps.KeptMessage> kept) {
        return kept.stream().map(m -> new KeptView(m.to(), m.subject(), Copy.of("followup.channel." + m.channel().name()), m.sentAt(),
                m.body().lines().filter(l -> !l.isBlank()).map(l -> new Line(l.strip(), l.strip().matches("https?://\\S+"))).toList())).toList();
    }

    static List<RateRow> rates(List<FollowUps.Rate> rates, boolean byRoute, Formats formats) {
        Map<String, String> routes = routes();
        return rates.stream().filter(r -> r.asked() > 0 || r.answered() > 0).map(r -> {
            String label = r.key() == null || r.key().isBlank() ? Copy.of("followup.notKnown")
                    : byRoute ? routes.getOrDefault(r.key(), r.key()) : r.key();
            String rate = r.asked() < FEWEST_ASKED ? Copy.of("followup.list.fewerThanFive")
                    : formats.whole(BigDecimal.valueOf(r.answered() * 100).divide(BigDecimal.valueOf(r.asked()), 0, RoundingMode.HALF_UP)) + "%";
            return new RateRow(label, r.asked() < FEWEST_ASKED ? Copy.of("followup.list.fewerThanFiveCount") : formats.whole(r.asked()),
                    r.asked() < FEWEST_ASKED ? "" : formats.whole(r.answered()), rate);
        }).toList();
    }
}
