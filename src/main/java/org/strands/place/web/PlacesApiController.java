package org.strands.place.web;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.strands.place.AreaGlance;
import org.strands.place.AreaPlaces;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.place.PlacePermissions;
import org.strands.place.Setting;
import org.strands.place.SmallArea;
import org.strands.place.VenueDetails;
import org.strands.place.VenueRegister;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** An area's places as JSON: small areas, settings and venues, localities. */
@RestController
@RequestMapping("/api/v1/areas/{area}")
class PlacesApiController {

    record SavedVenue(String ref) {
    }

    private final AreaPlaces places;
    private final Localities localities;
    private final VenueRegister venues;

    PlacesApiController(AreaPlaces places, Localities localities, VenueRegister venues) {
        this.places = places;
        this.localities = localities;
        this.venues = venues;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/glance")
    AreaGlance glance(AreaContext area) {
        return places.glance(area.area());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/small-areas")
    List<SmallArea> smallAreas(AreaContext area, @RequestParam(required = false) String district,
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) Long locality, @RequestParam(required = false) Integer decile,
            @RequestParam(name = "q", required = false) String search) {
        return places.smallAreas(area.area(), new AreaPlaces.SmallAreaFilter(district, ward, locality, decile, search));
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/settings")
    List<Setting> settings(AreaContext area, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String typeGroup, @RequestParam(name = "q", required = false) String search) {
        return places.settings(area.area(), new AreaPlaces.SettingFilter(phase, typeGroup, search));
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/settings/{ref}")
    Setting setting(AreaContext area, @PathVariable String ref) {
        return places.setting(area.area(), ref);
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PostMapping("/venues")
    @ResponseStatus(HttpStatus.CREATED)
    SavedVenue addVenue(AreaContext area, @RequestBody VenueDetails venue) {
        return new SavedVenue(venues.save(area.area(), venue, area.username()));
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PostMapping("/venues/import")
    VenueRegister.ImportResult importVenues(AreaContext area, @RequestParam MultipartFile file) throws IOException {
        return venues.importCsv(area.area(), file.getInputStream(), area.username());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/localities")
    List<Locality> localities(AreaContext area) {
        return localities.of(area.area());
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PutMapping("/localities")
    List<Locality> regroup(AreaContext area, @RequestBody List<Localities.Grouping> groupings) {
        return localities.regroup(area.area(), groupings);
    }
}
