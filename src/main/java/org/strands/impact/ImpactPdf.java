package org.strands.impact;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.strands.platform.Copy;
import org.strands.platform.Formats;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The impact report and its one-page summary as tagged, accessible PDFs (PDF/UA): each from its own XHTML
 * template, in English, titled, with the fonts embedded. Only protected figures reach them.
 */
@Component
public class ImpactPdf {

    private final ITemplateEngine templates;
    private final Formats formats;

    ImpactPdf(ITemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = formats;
    }

    public byte[] report(String areaName, ImpactReport report) {
        return render("impact/report-document", Map.of("areaName", areaName, "report", report, "summary", ImpactSummary.of(areaName, report),
                "tiers", ImpactTables.tiers(report, "ALL"), "directions", ImpactTables.byDirection(report), "equity", ImpactTables.equity(report)));
    }

    public byte[] summary(ImpactSummary summary) {
        return render("impact/summary-document", Map.of("summary", summary));
    }

    private byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(Copy.LOCALE);
        context.setVariables(variables);
        context.setVariable("formats", formats); // no bean references outside a web request
        String xhtml = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Strands");
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The impact PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String name) {
        try {
            return new ClassPathResource("fonts/" + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
