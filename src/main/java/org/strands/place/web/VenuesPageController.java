package org.strands.place.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.place.VenueDetails;
import org.strands.place.VenueKind;
import org.strands.place.VenueRegister;
import org.strands.platform.AreaContext;
import org.strands.platform.InvalidInput;
import org.strands.platform.Role;

/** Adding venues that are not schools, one by one or from a CSV file. */
@Controller
class VenuesPageController {

    private final VenueRegister venues;

    VenuesPageController(VenueRegister venues) {
        this.venues = venues;
    }

    @ModelAttribute("kinds")
    VenueKind[] kinds() {
        return VenueKind.values();
    }

    @GetMapping("/areas/{area}/venues/new")
    String form(AreaContext area, Model model) {
        area.require(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD);
        model.addAttribute("venue", new VenueDetails("", "FAMILY_HUB", "", "", "", null, null));
        return "place/venue-form";
    }

    @PostMapping("/areas/{area}/venues")
    String add(AreaContext area, @ModelAttribute("venue") VenueDetails venue, Model model, RedirectAttributes redirect) {
        area.require(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD);
        try {
            String ref = venues.save(area.area(), venue, area.username());
            redirect.addFlashAttribute("saved", venue.name());
            return "redirect:/areas/" + area.area().slug() + "/settings/" + ref;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return "place/venue-form";
        }
    }

    @PostMapping("/areas/{area}/venues/import")
    String importFile(AreaContext area, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        area.require(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD);
        try {
            VenueRegister.ImportResult result = venues.importCsv(area.area(), file.getInputStream(), area.username());
            redirect.addFlashAttribute("imported", result);
            return "redirect:/areas/" + area.area().slug() + "/settings?typeGroup=Venue";
        } catch (InvalidInput e) {
            model.addAttribute("importErrors", e.errors());
            model.addAttribute("venue", new VenueDetails("", "FAMILY_HUB", "", "", "", null, null));
            return "place/venue-form";
        }
    }
}
