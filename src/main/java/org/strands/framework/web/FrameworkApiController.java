package org.strands.framework.web;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.strands.framework.DescriptorSet;
import org.strands.framework.Framework;
import org.strands.framework.FrameworkCatalogue;
import org.strands.framework.FrameworkPermissions;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Public;
import org.strands.platform.Requires;

/** The framework as JSON: the shipped wording for anyone, an area's own sets for its members. */
@RestController
@RequestMapping("/api/v1")
class FrameworkApiController {

    private final FrameworkCatalogue catalogue;

    FrameworkApiController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Public
    @GetMapping("/framework")
    Framework framework() {
        return catalogue.framework();
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/framework")
    Framework areaFramework(AreaContext area, @RequestParam(name = "set", required = false) String set) {
        return catalogue.framework(area.areaId(), set);
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/framework/descriptor-sets")
    List<DescriptorSet> sets(AreaContext area) {
        return catalogue.setsFor(area.areaId());
    }

    @Requires(FrameworkPermissions.LOAD_DESCRIPTOR_SETS)
    @PostMapping("/areas/{area}/framework/descriptor-sets")
    @ResponseStatus(HttpStatus.CREATED)
    DescriptorSet load(AreaContext area, @RequestParam String code, @RequestParam String name,
            @RequestParam(required = false) String discipline, @RequestParam MultipartFile file) throws IOException {
        return catalogue.load(area.areaId(), code, name, discipline, file.getInputStream(), area.username());
    }
}
