package org.strands.platform.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.strands.platform.AreaContext;
import org.strands.platform.Job;
import org.strands.platform.Jobs;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** A background job's page: it refreshes itself (no JavaScript needed) until the job ends, then links to the outcome. */
@Controller
class JobsPageController {

    static final int REFRESH_SECONDS = 2;
    static final int ERRORS_SHOWN = 100;

    private final Jobs jobs;
    private final MessageSource messages;

    JobsPageController(Jobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/jobs/{id}")
    String job(AreaContext area, @PathVariable String id, Model model) {
        Job job = jobs.of(area.area(), JobsApiController.id(id));
        return show(job, job.pagePath(area.area()), model);
    }

    /** The system administrator's national jobs (permissions only the system administrator holds). */
    @Requires(PlatformPermissions.FOLLOW_NATIONAL_JOBS)
    @GetMapping("/admin/jobs/{id}")
    String national(@PathVariable String id, Model model) {
        Job job = jobs.national(JobsApiController.id(id));
        return show(job, job.pagePath(null), model);
    }

    private String show(Job job, String self, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("self", self);
        model.addAttribute("rowErrors", job.status() == Job.Status.FAILED ? jobs.errors(job).stream().limit(ERRORS_SHOWN).toList()
                : List.of());
        model.addAttribute("title", messages.getMessage("job.kind." + job.kind(), null, "Background job", LocaleContextHolder.getLocale()));
        if (!job.status().finished()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "platform/job";
    }
}
