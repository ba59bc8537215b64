package org.strands.linking;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.platform.InvalidInput;
import org.strands.platform.JobFailed;
import org.strands.platform.Job;
import org.strands.platform.JobKind;
import org.strands.platform.JobProgress;
import org.strands.platform.Jobs;

/** Places link therapists as a background job, so that a long solve holds no request and survives a restart. */
@Component
public class LinkSolveJob implements JobKind {

    public static final String KIND = "link-therapists-solve";

    private final LinkTherapists links;
    private final Jobs jobs;

    LinkSolveJob(LinkTherapists links, Jobs jobs) {
        this.links = links;
        this.jobs = jobs;
    }

    /** Checks the request and queues the solve; one at a time per area. */
    public Job start(Area area, Duration limit, String by) {
        links.checkSolvable(area, limit);
        return jobs.startAlone(area, KIND, Long.toString(limit.toSeconds()), by).orElseThrow(() -> InvalidInput.of("seconds",
                "Link therapists for " + area.name() + " are being placed now. Try again when that finishes."));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String page(Area area) {
        return "/areas/" + area.slug() + "/link-therapists";
    }

    @Override
    public Outcome run(Run run, JobProgress progress) {
        Duration limit = Duration.ofSeconds(Long.parseLong(run.input()));
        LinkTherapists.Outcome solved;
        try {
            solved = links.solve(run.area(), limit, run.startedBy(), progress);
        } catch (InvalidInput e) {
            // no plan in time, or the team changed since: said in words, with nothing to put right row by row
            throw new JobFailed(e.getMessage());
        }
        String slug = run.area().slug();
        return new Outcome("/api/v1/areas/" + slug + "/link-therapists", page(run.area()), solved.feasible()
                ? "Link therapists placed: every school and setting has one, and nobody is over their link hours."
                : "Link therapists placed, but some are over their link hours: add link hours or therapists and place them again.");
    }
}
