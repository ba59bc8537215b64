package org.strands.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One of the fifteen fixed outcome codes, FS1 to IN3: a strand and a level. */
public record OutcomeCode(Strand strand, Level level) {

    /** All fifteen, strand by strand, universal first within a strand. */
    public static final List<OutcomeCode> ALL = all();

    public String code() {
        return strand.prefix() + level.number();
    }

    /** The code for a text such as "fs1" or " IN3 ", if it is one of the fifteen. */
    public static Optional<OutcomeCode> parse(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return ALL.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    private static List<OutcomeCode> all() {
        List<OutcomeCode> codes = new ArrayList<>();
        for (Strand strand : Strand.values()) {
            for (Level level : Level.values()) {
                codes.add(new OutcomeCode(strand, level));
            }
        }
        return List.copyOf(codes);
    }

    @Override
    public String toString() {
        return code();
    }
}
