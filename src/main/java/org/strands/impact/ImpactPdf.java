package org.strands.impact;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.strands.platform.TaggedPdf;

/** The impact report and its one-page summary as tagged, accessible PDFs, each from its own XHTML template. Only protected figures reach them. */
@Component
public class ImpactPdf {

    private final TaggedPdf pdf;

    ImpactPdf(TaggedPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] report(String areaName, ImpactReport report) {
        return pdf.render("impact/report-document", Map.of("areaName", areaName, "report", report, "summary", ImpactSummary.of(areaName, report),
                "tiers", ImpactTables.tiers(report, "ALL"), "directions", ImpactTables.byDirection(report), "equity", ImpactTables.equity(report)));
    }

    public byte[] summary(ImpactSummary summary) {
        return pdf.render("impact/summary-document", Map.of("summary", summary));
    }
}
