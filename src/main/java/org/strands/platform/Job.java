package org.strands.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of long work run in the background (see {@link Jobs}): what it is, how far it has got in words and
 * per cent, and where its outcome is once done. {@code areaId} is null for the system administrator's jobs.
 */
public record Job(UUID id, Long areaId, String kind, Status status, int progress, String message, String result,
        String resultPage, int attempts, String createdBy, Instant createdAt, Instant updatedAt) {

    /** The job as the API shows it: {@code result} is the URL of the outcome once done. */
    public record Json(UUID id, String kind, Status status, int progress, String message, String result) {
    }

    public Json json() {
        return new Json(id, kind, status, progress, message, result);
    }

    /** Where the API answers about this job, for a {@code Location} header: under its area, or under admin. */
    public String apiPath(Area area) {
        return area == null ? "/api/v1/admin/jobs/" + id : "/api/v1/areas/" + area.slug() + "/jobs/" + id;
    }

    /** The page that shows this job's progress and, once done, links to its outcome. */
    public String pagePath(Area area) {
        return area == null ? "/admin/jobs/" + id : "/areas/" + area.slug() + "/jobs/" + id;
    }

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }
}
