package org.strands.linking;

import ai.timefold.solver.core.api.score.HardSoftScore;
import java.time.Duration;
import java.util.Locale;
import org.strands.platform.JobProgress;

/** Turns a running solve into progress people can read: time spent of the limit, and how good the best plan is. */
final class SolveProgress {

    private SolveProgress() {
    }

    static LinkSolver.Listener of(Duration limit, JobProgress progress) {
        long limitMillis = Math.max(1, limit.toMillis());
        return (elapsed, best, improvements) -> {
            int percent = 5 + (int) Math.min(85, 85 * elapsed / limitMillis);
            String spent = "Looking for the best links: " + Math.min(elapsed / 1000, limit.toSeconds()) + " of " + seconds(limit) + " used.";
            progress.report(percent, spent + " " + best(best, improvements));
        };
    }

    static String seconds(Duration limit) {
        return limit.toSeconds() == 0 ? "less than a second" : limit.toSeconds() == 1 ? "1 second" : limit.toSeconds() + " seconds";
    }

    private static String best(HardSoftScore best, int improvements) {
        if (best == null) {
            return "No plan yet that gives every school and setting a link therapist.";
        }
        String times = improvements == 1 ? "once" : improvements == 2 ? "twice" : improvements + " times";
        String hours = best.isFeasible() ? "nobody is over their link hours"
                : String.format(Locale.UK, "%,.1f hours over link hours in all", -best.hardScore() / 10.0);
        return "Best plan so far (improved " + times + "): " + hours + ".";
    }
}
