package org.strands.journey.web;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.strands.journey.Review;
import org.strands.platform.Formats;

/**
 * A small line chart of a journey's T-scores, drawn on the server: reviews along the bottom by date, T from 20 to 80 up the
 * side with 50 (every goal as expected) marked. The page shows the same figures in a table.
 */
record TScoreChart(String line, List<Dot> dots, List<Tick> ticks) {

    static final int LEFT = 48;
    static final int RIGHT = 600;
    static final int TOP = 10;
    static final int BOTTOM = 190;

    record Dot(double x, double y, String label) {
    }

    record Tick(double y, String label, boolean expected) {
    }

    static TScoreChart of(List<Review> reviews) {
        List<Tick> ticks = new ArrayList<>();
        for (int t = 20; t <= 80; t += 10) {
            ticks.add(new Tick(y(t), String.valueOf(t), t == 50));
        }
        if (reviews.isEmpty()) {
            return new TScoreChart("", List.of(), ticks);
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(reviews.getFirst().reviewedOn(), reviews.getLast().reviewedOn()));
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Review r : reviews) {
            double x = reviews.size() == 1 ? (LEFT + RIGHT) / 2.0
                    : LEFT + 20 + (RIGHT - LEFT - 40) * ChronoUnit.DAYS.between(reviews.getFirst().reviewedOn(), r.reviewedOn()) / (double) span;
            double y = y(Math.max(20, Math.min(80, r.tScore().doubleValue())));
            dots.add(new Dot(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, Formats.ukDate(r.reviewedOn()) + ": T " + r.tScore()));
            line.append(line.isEmpty() ? "" : " ").append(Math.round(x * 10) / 10.0).append(',').append(Math.round(y * 10) / 10.0);
        }
        return new TScoreChart(line.toString(), dots, ticks);
    }

    private static double y(double t) {
        return BOTTOM - (t - 20) * (BOTTOM - TOP) / 60.0;
    }
}
