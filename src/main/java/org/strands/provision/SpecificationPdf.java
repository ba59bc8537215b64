package org.strands.provision;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The specification as a tagged, accessible PDF (PDF/UA): rendered from its own XHTML template, with
 * the fonts embedded so that it reads the same everywhere and to screen readers.
 */
@Service
public class SpecificationPdf {

    private final ITemplateEngine templates;
    private final org.strands.platform.Formats formats;

    SpecificationPdf(ITemplateEngine templates, org.strands.platform.Formats formats) {
        this.templates = templates;
        this.formats = formats;
    }

    public byte[] render(Specification specification) {
        Context context = new Context(org.strands.platform.Copy.LOCALE);
        context.setVariable("spec", specification);
        context.setVariable("formats", formats); // no bean references outside a web request
        String xhtml = templates.process("provision/specification-document", context);
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
            throw new UncheckedIOException("The specification PDF could not be made", e);
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
