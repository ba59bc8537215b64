package org.strands.platform;

import java.util.Optional;

/**
 * One kind of background job, offered by the module that owns the work as a bean. {@link Jobs} runs it once
 * across all nodes, and again if a restart cut it off, so the work must be safe to run again from the start.
 */
public interface JobKind {

    /** The name jobs of this kind are stored under, such as {@code link-therapists-solve}. */
    String kind();

    /** The page where this work is started and its outcome shown, linked from a failed job's page. */
    String page(Area area);

    /**
     * Does the work. Throw {@link JobFailed} (or {@link InvalidInput}) to end the job with a message in plain
     * words; any other exception ends it with a general apology.
     */
    Outcome run(Run run, JobProgress progress);

    /** What a run is given: the job, its area (null for national jobs), its input, who started it and any file. */
    record Run(Job job, Area area, String input, String startedBy, Optional<File> file) {
    }

    /** A file saved with the job when it was started, such as an upload to load. */
    record File(String name, byte[] content) {
    }

    /** Where the outcome is, in the API and in pages, and a sentence that says how it went. */
    record Outcome(String result, String resultPage, String message) {
    }
}
