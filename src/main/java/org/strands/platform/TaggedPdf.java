package org.strands.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A tagged, accessible PDF (PDF/UA) drawn from an XHTML template, in English, with the fonts embedded so that it reads
 * the same everywhere and to screen readers. The template gets its variables and {@code formats}.
 */
@Component
public class TaggedPdf {

    private final ITemplateEngine templates;
    private final Formats formats;

    TaggedPdf(ITemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = formats;
    }

    public byte[] render(String template, Map<String, ?> variables) {
        Context context = new Context(Copy.LOCALE);
        variables.forEach(context::setVariable);
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
            throw new UncheckedIOException("The PDF " + template + " could not be made", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        try {
            return new ClassPathResource("fonts/" + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
