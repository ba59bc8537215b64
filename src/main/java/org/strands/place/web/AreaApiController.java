package org.strands.place.web;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.place.AreaSetup;
import org.strands.place.PlacePermissions;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaRegistry;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.SignedIn;

/** Areas: a system administrator creates them from local authority codes; members read their own. */
@RestController
@RequestMapping("/api/v1/areas")
class AreaApiController {

    record NewArea(String slug, String name, List<String> laCodes) {
    }

    private final AreaSetup setup;
    private final AreaRegistry areas;

    AreaApiController(AreaSetup setup, AreaRegistry areas) {
        this.setup = setup;
        this.areas = areas;
    }

    @Requires(PlacePermissions.CREATE_AREAS)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Area create(@RequestBody NewArea request) {
        return setup.create(request.slug(), request.name(), request.laCodes());
    }

    @SignedIn
    @GetMapping
    List<Area> mine(Principal principal) {
        return List.copyOf(areas.membershipsOf(principal.getName()).keySet());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/{area}")
    Area one(AreaContext area) {
        return area.area();
    }
}
