package org.strands.need;

/** Children, and estimated children needing support at each level. Estimates keep their fractions; pages round them. */
public record LevelNeed(double children, double universal, double targeted, double specialist) {

    public static final LevelNeed NONE = new LevelNeed(0, 0, 0, 0);

    public LevelNeed plus(LevelNeed other) {
        return new LevelNeed(children + other.children, universal + other.universal, targeted + other.targeted,
                specialist + other.specialist);
    }
}
