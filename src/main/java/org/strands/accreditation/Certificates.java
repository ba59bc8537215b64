package org.strands.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;
import org.strands.platform.Formats;
import org.strands.platform.Conflict;
import org.strands.platform.TaggedPdf;

/** A setting's certificate of its award, as a tagged, accessible PDF: the setting, the award, the area and its dates. */
@Service
public class Certificates {

    private final TaggedPdf pdf;
    private final Clock clock;

    Certificates(TaggedPdf pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Whether the journey holds an award that is in date today. */
    public boolean inDate(Enrolment journey) {
        return journey.status().awarded() && journey.expiresOn() != null
                && !journey.expiresOn().isBefore(LocalDate.now(clock.withZone(Formats.LONDON)));
    }

    /**
     * The certificate; refused in plain words when the setting holds no award in date. (Refused as a conflict, 409, not
     * as a missing page: the setting exists and the person may see it; it is its state that has no certificate.)
     */
    public byte[] pdf(Area area, Enrolment journey) {
        if (!inDate(journey)) {
            throw new Conflict("certificate", journey.setting() + " does not hold an award in date in the schools and settings scheme, so it has no certificate.");
        }
        return pdf.render("accreditation/certificate-document", Map.of("journey", journey, "areaName", area.name(),
                "award", journey.status() == SchemeStatus.CENTRE_OF_EXCELLENCE ? "Centre of Excellence" : "Accredited"));
    }
}
