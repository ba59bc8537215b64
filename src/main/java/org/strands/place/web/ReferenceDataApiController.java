package org.strands.place.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
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

/** National reference data, for the system administrator (the path is secured as /api/v1/admin/**). */
@RestController
@RequestMapping("/api/v1/admin/reference-data")
class ReferenceDataApiController {

    private final ReferenceData referenceData;

    ReferenceDataApiController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @GetMapping
    List<ReferenceData.Dataset> datasets() {
        return referenceData.datasets();
    }

    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @PostMapping("/{dataset}")
    ReferenceData.LoadReport load(@PathVariable String dataset, @RequestParam MultipartFile file, Principal principal)
            throws IOException {
        return referenceData.load(dataset, file.getInputStream(), file.getOriginalFilename(), principal.getName());
    }
}
