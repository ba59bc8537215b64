package org.strands.directory.imports;

import java.util.List;

/**
 * An import that stored nothing: what was wrong, in plain words, and for a feed that could be read, each service that
 * could not be stored with the field and the reason.
 */
public class ImportRefused extends RuntimeException {

    /** A service that could not be stored: its place in the feed (from 1), its id and name as given, the field and why. */
    public record Problem(int index, String ref, String name, String field, String reason) implements java.io.Serializable {
    }

    private final transient List<Problem> problems;

    public ImportRefused(String summary) {
        this(summary, List.of());
    }

    public ImportRefused(String summary, List<Problem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
