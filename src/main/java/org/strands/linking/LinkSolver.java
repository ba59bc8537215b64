package org.strands.linking;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Runs Timefold on a plan within a time limit, and explains the result: the score of each constraint, and
 * for every setting that moved, what keeping it with its previous therapist would have cost. (Timefold's own
 * score analysis is a commercial feature, so the explanation is {@link ScoreBreakdown}'s.)
 */
@Component
class LinkSolver {

    /** A solve's result; {@code score} is null when the time ran out before every setting had a therapist. */
    record Solved(LinkPlan plan, HardSoftScore score, long millis, Long feasibleAfterMillis, List<ScoreBreakdown.Part> breakdown,
            Map<String, String> whyMoved) {

        boolean placedEverySetting() {
            return score != null;
        }
    }

    /** Explaining each move re-scores the whole plan, so beyond this many moves the rest are summarised. */
    static final int MOVES_EXPLAINED = 1000;

    private final SolverFactory<LinkPlan> factory = SolverFactory.create(new SolverConfig()
            .withSolutionClass(LinkPlan.class)
            .withEntityClasses(SettingLink.class)
            .withConstraintProviderClass(LinkConstraints.class));

    /** Hears how a solve is going: time spent, the best score so far (null before a first plan) and how often it improved. */
    @FunctionalInterface
    interface Listener {
        void progress(long elapsedMillis, HardSoftScore best, int improvements);
    }

    /** How often a running solve reports the time spent, between improvements. */
    static final Duration TICK = Duration.ofMillis(500);

    Solved solve(LinkPlan plan, Duration limit) {
        return solve(plan, limit, (elapsed, best, improvements) -> { });
    }

    Solved solve(LinkPlan plan, Duration limit, Listener listener) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limit)
                .withUnimprovedSpentLimit(Duration.ofMillis(Math.min(limit.toMillis(), 2_000)));
        Solver<LinkPlan> solver = factory.buildSolver(new SolverConfigOverride().withTerminationConfig(termination));
        AtomicLong feasibleAfter = new AtomicLong(-1);
        AtomicReference<HardSoftScore> best = new AtomicReference<>();
        AtomicInteger improvements = new AtomicInteger();
        long started = System.nanoTime();
        solver.addEventListener(event -> {
            if (event.isNewBestSolutionInitialized() && event.getNewBestScore() instanceof HardSoftScore s) {
                best.set(s);
                listener.progress((System.nanoTime() - started) / 1_000_000, s, improvements.incrementAndGet());
                if (feasibleAfter.get() < 0 && s.isFeasible()) {
                    feasibleAfter.set((System.nanoTime() - started) / 1_000_000);
                }
            }
        });
        Thread ticker = Thread.ofVirtual().name("link-solve-progress").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(TICK);
                    listener.progress((System.nanoTime() - started) / 1_000_000, best.get(), improvements.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        LinkPlan solved;
        try {
            solved = solver.solve(plan);
        } finally {
            ticker.interrupt();
        }
        if (solved.getLinks().stream().anyMatch(l -> l.getTherapist() == null)) {
            return new Solved(solved, null, (System.nanoTime() - started) / 1_000_000, null, List.of(), Map.of());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        HardSoftScore score = solved.getScore();
        if (feasibleAfter.get() < 0 && score.isFeasible()) {
            feasibleAfter.set(millis);
        }
        List<ScoreBreakdown.Part> parts = ScoreBreakdown.of(solved);
        return new Solved(solved, score, millis, feasibleAfter.get() < 0 ? null : feasibleAfter.get(), parts, whyMoved(solved, parts));
    }

    /** The score of a plan as it stands (after manual changes, say), with its breakdown. */
    Solved score(LinkPlan plan) {
        List<ScoreBreakdown.Part> parts = ScoreBreakdown.of(plan);
        return new Solved(plan, HardSoftScore.of(ScoreBreakdown.hard(parts), ScoreBreakdown.soft(parts)), 0, null, parts, Map.of());
    }

    /** For each moved setting: what putting it back with its previous therapist would make worse. */
    private static Map<String, String> whyMoved(LinkPlan plan, List<ScoreBreakdown.Part> solved) {
        Map<Long, Therapist> byId = new LinkedHashMap<>();
        plan.getTherapists().forEach(t -> byId.put(t.id(), t));
        Map<String, String> reasons = new LinkedHashMap<>();
        int explained = 0;
        for (SettingLink link : plan.getLinks()) {
            if (!link.moved()) {
                continue;
            }
            Therapist previous = byId.get(link.getPreviousTherapistId());
            if (previous == null) {
                reasons.put(link.getRef(), "Its previous link therapist is no longer in the team.");
            } else if (explained++ >= MOVES_EXPLAINED) {
                reasons.put(link.getRef(), "Moved to fit the team's link hours and travel as a whole.");
            } else {
                Therapist chosen = link.getTherapist();
                link.setTherapist(previous);
                List<ScoreBreakdown.Part> kept = ScoreBreakdown.of(plan);
                link.setTherapist(chosen);
                reasons.put(link.getRef(), MoveReason.of(previous.name(), kept, solved));
            }
        }
        return reasons;
    }
}
