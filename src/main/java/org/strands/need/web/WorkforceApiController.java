package org.strands.need.web;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strands.need.WorkforceAllocation;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** What-if allocation of a therapy workforce to localities by need. */
@RestController
@RequestMapping("/api/v1/areas/{area}/workforce")
class WorkforceApiController {

    record Request(Double fte, Map<String, Double> roles, Double k, Map<String, Double> current) {
    }

    private final WorkforceAllocation allocation;

    WorkforceApiController(WorkforceAllocation allocation) {
        this.allocation = allocation;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @PostMapping("/allocation")
    WorkforceAllocation.Allocation allocate(AreaContext area, @RequestBody Request request) {
        return allocation.allocate(area.area(), request.fte(), request.roles() == null ? Map.of() : request.roles(), request.k(),
                request.current() == null ? Map.of() : request.current());
    }
}
