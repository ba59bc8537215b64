package org.strands.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain words for what keeping a setting with its previous therapist would have made worse. */
final class MoveReason {

    private MoveReason() {
    }

    /** @param kept the score's parts had the setting stayed; @param moved the parts as solved */
    static String of(String previous, List<ScoreBreakdown.Part> kept, List<ScoreBreakdown.Part> moved) {
        List<String> costs = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            long hard = kept.get(i).hard() - moved.get(i).hard();
            long soft = kept.get(i).soft() - moved.get(i).soft();
            switch (kept.get(i).name()) {
                case LinkConstraints.CAPACITY -> {
                    if (hard < 0) {
                        costs.add(String.format(Locale.UK, "%s would be %.1f hours over their link hours", previous, -hard / 10.0));
                    }
                }
                case LinkConstraints.TRAVEL -> {
                    if (soft < 0) {
                        costs.add(String.format(Locale.UK, "%.1f km more travel", -soft * LinkConstraints.METRES_PER_POINT / 1000.0));
                    }
                }
                case LinkConstraints.TOGETHER -> {
                    long more = -soft / LinkConstraints.TOGETHER_POINTS;
                    if (more > 0) {
                        costs.add(more + " more localit" + (more == 1 ? "y" : "ies") + " for a therapist to cover");
                    }
                }
                default -> {
                    // keeping it is what this constraint rewards, so it never makes keeping worse
                }
            }
        }
        if (costs.isEmpty()) {
            return "Keeping it with " + previous + " would have been as good; pin it to keep it there.";
        }
        return "Keeping it with " + previous + " would mean " + String.join(", and ", costs) + ".";
    }
}
