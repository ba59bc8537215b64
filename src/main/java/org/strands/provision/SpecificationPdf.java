package org.strands.provision;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.strands.platform.TaggedPdf;

/** The specification as a tagged, accessible PDF, from its own XHTML template. */
@Service
public class SpecificationPdf {

    private final TaggedPdf pdf;

    SpecificationPdf(TaggedPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] render(Specification specification) {
        return pdf.render("provision/specification-document", Map.of("spec", specification));
    }
}
