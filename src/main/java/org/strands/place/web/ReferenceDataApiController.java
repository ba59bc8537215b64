package org.strands.place.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.strands.place.PlacePermissions;
import org.strands.place.ReferenceData;
import org.strands.platform.Requires;
import org.strands.place.ReferenceDataLoadJob;
import org.strands.platform.Job;

/** National reference data, for the system administrator (a permission only the system administrator holds). */
@RestController
@RequestMapping("/api/v1/admin/reference-data")
class ReferenceDataApiController {

    private final ReferenceData referenceData;
    private final ReferenceDataLoadJob loading;

    ReferenceDataApiController(ReferenceData referenceData, ReferenceDataLoadJob loading) {
        this.referenceData = referenceData;
        this.loading = loading;
    }

    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @GetMapping
    List<ReferenceData.Dataset> datasets() {
        return referenceData.datasets();
    }

    /** Saves the file and loads it in the background: 202 with the job's Location, to poll until it is done. */
    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @PostMapping("/{dataset}")
    ResponseEntity<Job.Json> load(@PathVariable String dataset, @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace, Principal principal) throws IOException {
        Job job = loading.start(dataset, file.getOriginalFilename(), file.getBytes(), principal.getName(), replace);
        return ResponseEntity.accepted().location(URI.create(job.apiPath(null))).body(job.json());
    }

    /** 409, naming both counts: the file is loaded only when sent again with {@code ?replace=true}. */
    @ExceptionHandler(ReferenceData.FarFewerRows.class)
    ProblemDetail farFewerRows(ReferenceData.FarFewerRows e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("rows", e.offered());
        problem.setProperty("storedRows", e.stored());
        problem.setProperty("errors", List.of(Map.of("row", 0, "column", "replace", "message", e.getMessage())));
        return problem;
    }
}
