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
    private final Enrolments enrolments;

    Certificates(TaggedPdf pdf, Clock clock, Enrolments enrolments) {
        this.pdf = pdf;
        this.clock = clock;
        this.enrolments = enrolments;
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
    public byte[] pdf(Area area, Enrolment current) {
        // a renewal under way leaves the award it renews in date: the certificate is of that award
        Enrolment journey = enrolments.awardOf(area, current.settingRef(), LocalDate.now(clock.withZone(Formats.LONDON))).orElse(current);
        if (!inDate(journey)) {
            throw new Conflict("certificate", journey.setting() + " does not hold an award in date in the schools and settings scheme, so it has no certificate.");
        }
        return pdf.render("accreditation/certificate-document", Map.of("journey", journey, "areaName", area.name(),
                "award", journey.status() == SchemeStatus.CENTRE_OF_EXCELLENCE ? "Centre of Excellence" : "Accredited"));
    }
}
