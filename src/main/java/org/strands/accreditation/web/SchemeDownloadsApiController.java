package org.strands.accreditation.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Cohorts;
import org.strands.accreditation.SchemeDashboard;
import org.strands.accreditation.SchemeExports;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/**
 * The area's view of the scheme to download, as CSV or a workbook, narrowed as the dashboard is; and Strands' own criteria
 * as the sample of a criteria file. Pages link to these.
 */
@RestController
@org.springframework.web.bind.annotation.RequestMapping("/api/v1/areas/{area}/accreditation")
class SchemeDownloadsApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final SchemeExports exports;
    private final SchemeDashboard dashboard;
    private final Cohorts cohorts;

    SchemeDownloadsApiController(SchemeExports exports, SchemeDashboard dashboard, Cohorts cohorts) {
        this.exports = exports;
        this.dashboard = dashboard;
        this.cohorts = cohorts;
    }

    @Requires(AccreditationPermissions.REPORT)
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(AreaContext area, @RequestParam(required = false) String cohort, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String locality) {
        return download(exports.csv(area.area(), filter(area, cohort, phase, locality)).getBytes(StandardCharsets.UTF_8), CSV,
                "schools-and-settings-scheme-" + area.area().slug() + ".csv");
    }

    @Requires(AccreditationPermissions.REPORT)
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(AreaContext area, @RequestParam(required = false) String cohort, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String locality) {
        return download(exports.xlsx(area.area(), filter(area, cohort, phase, locality)), XLSX,
                "schools-and-settings-scheme-" + area.area().slug() + ".xlsx");
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/criteria/template.csv")
    ResponseEntity<byte[]> template(AreaContext area) throws java.io.IOException {
        try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(CriteriaPageController.SAMPLE).getInputStream()) {
            return download(in.readAllBytes(), CSV, "scheme-criteria.csv");
        }
    }

    private SchemeDashboard.Filter filter(AreaContext area, String cohort, String phase, String locality) {
        return SchemePageController.filter(cohorts.of(area.area()), dashboard.phases(area.area()), dashboard.localityNames(area.area()),
                cohort, phase, locality);
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
