package org.strands.place.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.place.AreaSetup;
import org.strands.place.PlacePermissions;
import org.strands.place.ReferenceData;
import org.strands.place.ReferenceDataLoadJob;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;
import org.strands.platform.Job;

/** The system administrator's pages: national reference data and areas (secured as /admin/**). */
@Controller
class AdminPageController {

    private final ReferenceData referenceData;
    private final AreaSetup setup;
    private final AreaRegistry areas;
    private final ReferenceDataLoadJob loading;

    AdminPageController(ReferenceData referenceData, AreaSetup setup, AreaRegistry areas, ReferenceDataLoadJob loading) {
        this.referenceData = referenceData;
        this.setup = setup;
        this.areas = areas;
        this.loading = loading;
    }

    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @GetMapping("/admin/reference-data")
    String referenceData(Model model) {
        model.addAttribute("datasets", referenceData.datasets());
        return "place/reference-data";
    }

    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @PostMapping("/admin/reference-data")
    String load(@RequestParam String dataset, @RequestParam MultipartFile file, Principal principal, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            Job job = loading.start(dataset, file.getOriginalFilename(), file.getBytes(), principal.getName());
            return "redirect:" + job.pagePath(null);
        } catch (InvalidInput e) {
            model.addAttribute("summary", e.getMessage());
            model.addAttribute("errors", e.errors().stream().limit(100).toList());
            model.addAttribute("datasets", referenceData.datasets());
            model.addAttribute("chosen", dataset);
            return "place/reference-data";
        }
    }

    @Requires(PlacePermissions.CREATE_AREAS)
    @GetMapping("/admin/areas")
    String areas(Model model) {
        model.addAttribute("areas", areas.all());
        return "place/admin-areas";
    }

    @Requires(PlacePermissions.CREATE_AREAS)
    @PostMapping("/admin/areas")
    String create(@RequestParam String slug, @RequestParam String name, @RequestParam String laCodes, Model model,
            RedirectAttributes redirect) {
        List<String> codes = Arrays.stream(laCodes.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            Area area = setup.create(slug, name, codes);
            redirect.addFlashAttribute("created", area.name());
            return "redirect:/areas/" + area.slug();
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("areas", areas.all());
            model.addAttribute("slug", slug);
            model.addAttribute("name", name);
            model.addAttribute("laCodes", laCodes);
            return "place/admin-areas";
        }
    }
}
