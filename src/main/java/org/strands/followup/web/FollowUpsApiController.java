package org.strands.followup.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strands.followup.FollowUp;
import org.strands.followup.FollowUpPermissions;
import org.strands.followup.FollowUpStatus;
import org.strands.followup.FollowUps;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.Requires;

/** The area's follow-ups as JSON: how many in each status, and up to 500 of them (in one status, or all), soonest due first. */
@RestController
@RequestMapping("/api/v1/areas/{area}/follow-ups")
class FollowUpsApiController {

    /** The most follow-ups in one answer. */
    static final int MOST = 500;

    record FollowUpList(Map<FollowUpStatus, Long> counts, List<FollowUp> followUps) {
    }

    private final FollowUps followUps;

    FollowUpsApiController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Requires(FollowUpPermissions.SEE)
    @GetMapping
    ResponseEntity<?> list(AreaContext area, @RequestParam(required = false) String status) {
        FollowUpStatus chosen = Views.status(status);
        if (chosen == null && status != null && !status.isBlank()) {
            String detail = Copy.of("followup.invalid.status");
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
            problem.setTitle("The input was not accepted");
            problem.setProperty("errors", List.of(Map.of("row", 0, "column", "status", "message", detail)));
            problem.setProperty("total", 1);
            return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new FollowUpList(followUps.counts(area.area()), followUps.list(area.area(), chosen, MOST)));
    }
}
