package org.strands.provision.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.provision.CommissioningSpecification;
import org.strands.provision.ProvisionPermissions;
import org.strands.provision.Specification;
import org.strands.provision.SpecificationPdf;

/** The specification as JSON and as an accessible PDF; expectations per cell. */
@RestController
@RequestMapping("/api/v1/areas/{area}/provision")
class SpecificationApiController {

    private final CommissioningSpecification specification;
    private final SpecificationPdf pdf;

    SpecificationApiController(CommissioningSpecification specification, SpecificationPdf pdf) {
        this.specification = specification;
        this.pdf = pdf;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/specification")
    Specification specification(AreaContext area) {
        return specification.specification(area.area());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/specification.pdf")
    ResponseEntity<byte[]> specificationPdf(AreaContext area) {
        return ProvisionDownloadsApiController.download(pdf.render(specification.specification(area.area())),
                MediaType.APPLICATION_PDF, "specification-" + area.area().slug() + ".pdf");
    }

    @Requires(ProvisionPermissions.EDIT)
    @PutMapping("/expectations/{code}")
    CommissioningSpecification.Expectation expect(AreaContext area, @PathVariable String code,
            @RequestBody CommissioningSpecification.Expectation expectation) {
        specification.expect(area.area(), code, expectation, area.username());
        return specification.expectations(area.area()).get(code.toUpperCase(java.util.Locale.ROOT));
    }
}
