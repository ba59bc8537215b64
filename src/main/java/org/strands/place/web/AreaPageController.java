package org.strands.place.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.strands.place.AreaPlaces;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** The area at a glance, its small areas and its settings, with filters and search. */
@Controller
class AreaPageController {

    private final AreaPlaces places;
    private final Localities localities;
    private final java.util.List<org.strands.place.SettingFacts> facts;

    AreaPageController(AreaPlaces places, Localities localities, java.util.List<org.strands.place.SettingFacts> facts) {
        this.places = places;
        this.localities = localities;
        this.facts = facts;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}")
    String glance(AreaContext area, Model model) {
        model.addAttribute("glance", places.glance(area.area()));
        return "place/area";
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/small-areas")
    String smallAreas(AreaContext area, @RequestParam(required = false) String district,
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) Long locality, @RequestParam(required = false) Integer decile,
            @RequestParam(name = "q", required = false) String search, Model model) {
        var filter = new AreaPlaces.SmallAreaFilter(district, ward, locality, decile, search);
        model.addAttribute("filter", filter);
        model.addAttribute("smallAreas", places.smallAreas(area.area(), filter));
        model.addAttribute("wards", localities.wardsOf(area.area()));
        model.addAttribute("districts", places.smallAreas(area.area(), AreaPlaces.SmallAreaFilter.NONE).stream()
                .map(s -> new Locality.Ward(s.districtCode(), s.district())).distinct()
                .sorted(java.util.Comparator.comparing(Locality.Ward::name)).toList());
        model.addAttribute("localities", localities.of(area.area()));
        return "place/small-areas";
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/settings")
    String settings(AreaContext area, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String typeGroup, @RequestParam(name = "q", required = false) String search,
            Model model) {
        var filter = new AreaPlaces.SettingFilter(phase, typeGroup, search);
        var all = places.settings(area.area(), AreaPlaces.SettingFilter.NONE);
        model.addAttribute("filter", filter);
        model.addAttribute("settings", places.settings(area.area(), filter));
        model.addAttribute("phases", all.stream().map(s -> s.phase()).distinct().sorted().toList());
        model.addAttribute("typeGroups", all.stream().map(s -> s.typeGroup()).distinct().sorted().toList());
        return "place/settings";
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/settings/{ref}")
    String setting(AreaContext area, @PathVariable String ref, Model model) {
        org.strands.place.Setting setting = places.setting(area.area(), ref);
        model.addAttribute("setting", setting);
        model.addAttribute("facts", facts.stream().flatMap(f -> f.about(area.area(), setting).stream()).toList());
        return "place/setting";
    }
}
