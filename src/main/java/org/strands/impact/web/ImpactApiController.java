package org.strands.impact.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strands.impact.ImpactPdf;
import org.strands.impact.ImpactPermissions;
import org.strands.impact.ImpactQuery;
import org.strands.impact.ImpactReport;
import org.strands.impact.ImpactReports;
import org.strands.impact.ImpactSummary;
import org.strands.impact.ImpactWorkbook;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/**
 * The impact report as JSON ({@code groupBy}, {@code from}, {@code to} and the cohort's values, every figure
 * protected: a hidden one has no value, {@code "suppressed": true} and the text "fewer than 5"), and as a workbook
 * and PDFs.
 */
@RestController
class ImpactApiController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImpactReports reports;
    private final ImpactWorkbook workbook;
    private final ImpactPdf pdf;

    ImpactApiController(ImpactReports reports, ImpactWorkbook workbook, ImpactPdf pdf) {
        this.reports = reports;
        this.workbook = workbook;
        this.pdf = pdf;
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/api/v1/areas/{area}/impact")
    ImpactReport report(AreaContext area, ImpactQuery query) {
        return reports.report(area.area(), reports.filter(query));
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/api/v1/areas/{area}/impact.xlsx")
    ResponseEntity<byte[]> workbook(AreaContext area, ImpactQuery query) {
        ImpactReport report = reports.report(area.area(), reports.filter(query));
        return download(area, "impact.xlsx", XLSX, workbook.of(area.area().name(), report));
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/api/v1/areas/{area}/impact.pdf")
    ResponseEntity<byte[]> pdf(AreaContext area, ImpactQuery query) {
        ImpactReport report = reports.report(area.area(), reports.filter(query));
        return download(area, "impact.pdf", MediaType.APPLICATION_PDF, pdf.report(area.area().name(), report));
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/api/v1/areas/{area}/impact/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(AreaContext area, ImpactQuery query) {
        ImpactReport report = reports.report(area.area(), reports.filter(query));
        return download(area, "impact-summary.pdf", MediaType.APPLICATION_PDF, pdf.summary(ImpactSummary.of(area.area().name(), report)));
    }

    private static ResponseEntity<byte[]> download(AreaContext area, String name, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(area.area().slug() + "-" + name).build().toString())
                .contentType(type).body(body);
    }
}
