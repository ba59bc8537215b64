package org.strands.platform.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strands.platform.AreaContext;
import org.strands.platform.Job;
import org.strands.platform.Jobs;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.NotFound;
import org.strands.platform.RowError;

/** How far a background job has got, and where its outcome is; another area's job is not found. */
@RestController
class JobsApiController {

    private final Jobs jobs;

    JobsApiController(Jobs jobs) {
        this.jobs = jobs;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/api/v1/areas/{area}/jobs/{id}")
    Job.Json job(AreaContext area, @PathVariable String id) {
        return jobs.of(area.area(), JobsApiController.id(id)).json();
    }

    /** The system administrator's national jobs (a permission only the system administrator holds). */
    @Requires(PlatformPermissions.FOLLOW_NATIONAL_JOBS)
    @GetMapping("/api/v1/admin/jobs/{id}")
    Job.Json national(@PathVariable String id) {
        return jobs.national(JobsApiController.id(id)).json();
    }

    /**
     * Why a job's input was refused, row by row, as a 422 answer lists them (the first 1,000, and the total):
     * {@code {"errors":[{"row","column","message"}],"total":n}}.
     */
    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/api/v1/areas/{area}/jobs/{id}/errors")
    Map<String, Object> errors(AreaContext area, @PathVariable String id) {
        return errorsOf(jobs.of(area.area(), JobsApiController.id(id)));
    }

    @Requires(PlatformPermissions.FOLLOW_NATIONAL_JOBS)
    @GetMapping("/api/v1/admin/jobs/{id}/errors")
    Map<String, Object> nationalErrors(@PathVariable String id) {
        return errorsOf(jobs.national(JobsApiController.id(id)));
    }

    private Map<String, Object> errorsOf(Job job) {
        List<RowError> errors = jobs.errors(job);
        return Map.of("errors", errors, "total", Math.max(errors.size(), jobs.errorTotal(job)));
    }

    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no such job.");
        }
    }
}
