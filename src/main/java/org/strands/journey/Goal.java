package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A functional goal of a journey, with its five levels in words. */
public record Goal(long id, long journeyId, Long planItemId, String goal, IcfDomain domain, List<String> levels, BigDecimal weight,
        int baseline, LocalDate setOn) {

    public Goal {
        levels = List.copyOf(levels);
    }

    /** The words of a level, −2 to +2. */
    public String level(int score) {
        return levels.get(score + 2);
    }
}
