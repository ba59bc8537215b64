package org.strands.place.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.place.PlacePermissions;
import org.strands.place.VenueDetails;
import org.strands.place.VenueKind;
import org.strands.place.VenueRegister;
import org.strands.platform.AreaContext;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;
import org.strands.platform.RowError;

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

    @Requires(PlacePermissions.EDIT_PLACES)
    @GetMapping("/areas/{area}/venues/new")
    String form(AreaContext area, Model model) {
        model.addAttribute("venue", new VenueDetails("", "FAMILY_HUB", "", "", "", null, null));
        return "place/venue-form";
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PostMapping("/areas/{area}/venues")
    String add(AreaContext area, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<RowError> numbers = new ArrayList<>();
        VenueDetails venue = new VenueDetails(form.get("name"), form.get("kind"), form.get("address"), form.get("postcode"),
                form.get("lsoa"), number(form, "latitude", numbers), number(form, "longitude", numbers));
        model.addAttribute("venue", venue);
        if (!numbers.isEmpty()) {
            model.addAttribute("errors", numbers);
            return "place/venue-form";
        }
        try {
            String ref = venues.save(area.area(), venue, area.username());
            redirect.addFlashAttribute("saved", venue.name());
            return "redirect:/areas/" + area.area().slug() + "/settings/" + ref;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return "place/venue-form";
        }
    }

    private static Double number(Map<String, String> form, String field, List<RowError> errors) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(new RowError(0, field, "Enter the " + field + " as a number, such as " + ("latitude".equals(field) ? "53.41" : "-2.15") + "."));
            return null;
        }
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PostMapping("/areas/{area}/venues/import")
    String importFile(AreaContext area, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
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
