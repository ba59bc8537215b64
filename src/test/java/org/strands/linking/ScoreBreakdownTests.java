package org.strands.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The explanation people read adds up to the score Timefold solved for. */
class ScoreBreakdownTests {

    @Test
    void thePartsAddUpToTheSolversScore() {
        Random random = new Random(7);
        List<Therapist> team = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            team.add(new Therapist(i + 1, "Therapist " + (i + 1), "Base " + i, 53.35 + random.nextDouble() * 0.1,
                    -2.2 + random.nextDouble() * 0.15, 20 + i * 3));
        }
        List<SettingLink> links = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Therapist previous = i % 4 == 0 ? team.get(i % team.size()) : null;
            links.add(new SettingLink("s" + i, "Setting " + i, 10 + random.nextInt(30), 53.35 + random.nextDouble() * 0.1,
                    -2.2 + random.nextDouble() * 0.15, "Locality " + (i % 5), previous, i == 8));
        }
        LinkSolver.Solved solved = new LinkSolver().solve(new LinkPlan(team, links), Duration.ofSeconds(1));
        assertThat(ScoreBreakdown.hard(solved.breakdown())).isEqualTo(solved.score().hardScore());
        assertThat(ScoreBreakdown.soft(solved.breakdown())).isEqualTo(solved.score().softScore());
        assertThat(solved.plan().getLinks()).allSatisfy(l -> assertThat(l.getTherapist()).isNotNull());
        assertThat(solved.plan().getLinks().get(8).getTherapist()).isEqualTo(team.get(2));
        assertThat(solved.breakdown()).extracting(ScoreBreakdown.Part::name).containsExactly(LinkConstraints.CAPACITY,
                LinkConstraints.KEEP_EXISTING, LinkConstraints.TRAVEL, LinkConstraints.TOGETHER);
    }

    @Test
    void aMoveIsExplainedByWhatKeepingItWouldCost() {
        Therapist near = new Therapist(1, "Near", "A", 53.40, -2.15, 100);
        Therapist full = new Therapist(2, "Full", "B", 53.40, -2.16, 1);
        ScoreBreakdown.Part noCost = new ScoreBreakdown.Part(LinkConstraints.CAPACITY, 0, 0, 0);
        String reason = MoveReason.of(full.name(), List.of(new ScoreBreakdown.Part(LinkConstraints.CAPACITY, -25, 0, 1),
                new ScoreBreakdown.Part(LinkConstraints.TRAVEL, 0, -40, 1)), List.of(noCost,
                new ScoreBreakdown.Part(LinkConstraints.TRAVEL, 0, -10, 1)));
        assertThat(reason).isEqualTo("Keeping it with Full would mean Full would be 2.5 hours over their link hours, and 3.0 km more travel.");
        assertThat(near.metresTo(53.41, -2.15)).isBetween(1_100L, 1_120L);
    }
}
