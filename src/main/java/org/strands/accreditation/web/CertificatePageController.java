package org.strands.accreditation.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Certificates;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.SchemeScope;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/** A setting's certificate of its award, as a tagged PDF, for those who may see the setting. */
@Controller
class CertificatePageController {

    private final SchemeScope scope;
    private final Certificates certificates;

    CertificatePageController(SchemeScope scope, Certificates certificates) {
        this.scope = scope;
        this.certificates = certificates;
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/certificate.pdf")
    ResponseEntity<byte[]> certificate(AreaContext who, @PathVariable String ref) {
        Enrolment journey = scope.journey(who, ref);
        byte[] pdf = certificates.pdf(who.area(), journey);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + journey.settingRef().replaceAll("[^A-Za-z0-9-]", "") + ".pdf").build().toString())
                .body(pdf);
    }
}
