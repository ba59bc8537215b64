package org.strands.linking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of a plan, constraint by constraint, worked out in plain Java by the same rules as
 * {@link LinkConstraints} (a test holds the two to the same totals). It explains a result to people: each
 * part's cost, and what keeping a moved setting where it was would have cost.
 */
public final class ScoreBreakdown {

    /** One constraint's part of the score, and how many links or therapists it touched. */
    public record Part(String name, long hard, long soft, int matches) {
    }

    private ScoreBreakdown() {
    }

    static List<Part> of(LinkPlan plan) {
        Map<Therapist, Long> tenths = new HashMap<>();
        Map<Therapist, Set<String>> localities = new HashMap<>();
        long moved = 0;
        long travel = 0;
        int linked = 0;
        for (SettingLink link : plan.getLinks()) {
            Therapist t = link.getTherapist();
            if (t == null) {
                continue;
            }
            linked++;
            tenths.merge(t, link.getTenths(), Long::sum);
            localities.computeIfAbsent(t, k -> new HashSet<>()).add(link.getLocality());
            moved += link.moved() ? 1 : 0;
            travel += link.travelMetres() / LinkConstraints.METRES_PER_POINT;
        }
        long over = 0;
        int overloaded = 0;
        for (Map.Entry<Therapist, Long> e : tenths.entrySet()) {
            long excess = e.getValue() - e.getKey().capacityTenths();
            if (excess > 0) {
                over += excess;
                overloaded++;
            }
        }
        long extraLocalities = 0;
        int spread = 0;
        for (Set<String> covered : localities.values()) {
            if (covered.size() > 1) {
                extraLocalities += covered.size() - 1;
                spread++;
            }
        }
        return List.of(new Part(LinkConstraints.CAPACITY, -over, 0, overloaded),
                new Part(LinkConstraints.KEEP_EXISTING, 0, -moved * LinkConstraints.KEEP_EXISTING_POINTS, (int) moved),
                new Part(LinkConstraints.TRAVEL, 0, -travel, linked),
                new Part(LinkConstraints.TOGETHER, 0, -extraLocalities * LinkConstraints.TOGETHER_POINTS, spread));
    }

    static long hard(List<Part> parts) {
        return parts.stream().mapToLong(Part::hard).sum();
    }

    static long soft(List<Part> parts) {
        return parts.stream().mapToLong(Part::soft).sum();
    }
}
