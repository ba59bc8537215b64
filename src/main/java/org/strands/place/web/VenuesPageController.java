package org.strands.place.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.place.PlacePermissions;
import org.strands.place.VenueDetails;
import org.strands.place.VenueKind;
import org.strands.place.VenueRegister;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;
import org.strands.platform.Options;

/** Adding venues that are not schools, one by one or from a CSV file. */
@Controller
class VenuesPageController {

    /** The venues file upload form. */
    record Upload(MultipartFile file) {
    }

    private final VenueRegister venues;

    VenuesPageController(VenueRegister venues) {
        this.venues = venues;
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds() {
        return Options.of(Arrays.asList(VenueKind.values()), VenueKind::name, VenueKind::label);
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @GetMapping("/areas/{area}/venues/new")
    String form(AreaContext area, Model model) {
        model.addAttribute("venue", VenueCommand.empty());
        return "place/venue-form";
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PostMapping("/areas/{area}/venues")
    String add(AreaContext area, @ModelAttribute("venue") VenueCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        VenueDetails venue = form.toDetails(errors);
        if (errors.isEmpty()) {
            try {
                String ref = venues.save(area.area(), venue, area.username());
                redirect.addFlashAttribute("saved", venue.name());
                return "redirect:/areas/" + area.area().slug() + "/settings/" + ref;
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        return "place/venue-form";
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PostMapping("/areas/{area}/venues/import")
    String importFile(AreaContext area, @ModelAttribute("upload") Upload upload, BindingResult binding, Model model,
            RedirectAttributes redirect) throws IOException {
        MultipartFile file = upload.file();
        if (file == null || file.isEmpty()) {
            FormErrors errors = new FormErrors();
            errors.add("venues-file", "Choose a CSV file of venues.");
            errors.addTo(model);
            model.addAttribute("venue", VenueCommand.empty());
            return "place/venue-form";
        }
        try {
            VenueRegister.ImportResult result = venues.importCsv(area.area(), file.getInputStream(), area.username());
            redirect.addFlashAttribute("imported", result);
            return "redirect:/areas/" + area.area().slug() + "/settings?typeGroup=Venue";
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> "file".equals(column) ? "venues-file" : column);
            errors.addTo(model);
            model.addAttribute("venue", VenueCommand.empty());
            return "place/venue-form";
        }
    }
}
