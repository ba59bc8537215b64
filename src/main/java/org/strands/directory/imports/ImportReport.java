package org.strands.directory.imports;

import java.util.List;

/**
 * What an import did: how many services were added, updated and not brought in, a line for each service, and the
 * fields of the feed the directory has no place for, with how many services had them.
 */
public record ImportReport(String source, int added, int updated, int notBroughtIn, List<Line> services, List<NotMapped> notMapped)
        implements java.io.Serializable {

    /** What happened to one service: {@code ADDED}, {@code UPDATED} or {@code NOT_BROUGHT_IN}, with what was left out or changed. */
    public record Line(int index, String ref, String name, String outcome, List<String> notes) implements java.io.Serializable {

        public Line {
            notes = List.copyOf(notes);
        }
    }

    /** A field of the feed not brought in, and how many services had it. */
    public record NotMapped(String field, int services) implements java.io.Serializable {
    }

    public ImportReport {
        services = List.copyOf(services);
        notMapped = List.copyOf(notMapped);
    }
}
