package org.strands.journey.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.journey.JourneyPermissions;
import org.strands.journey.RatingScale;
import org.strands.journey.RatingScales;
import org.strands.platform.AreaContext;
import org.strands.platform.Confirmation;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** The rating scale in use in the area, loading the area's own descriptors from a file, and going back to the generic ones. */
@Controller
class RatingScalePageController {

    /** The descriptors upload form: where they come from, and the file. */
    record RatingScaleUpload(String source, MultipartFile file) {
    }

    private final RatingScales scales;
    private final Formats formats;

    RatingScalePageController(RatingScales scales, Formats formats) {
        this.scales = scales;
        this.formats = formats;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/rating-scale")
    String scale(AreaContext area, Model model) {
        RatingScale scale = scales.scale(area.area());
        model.addAttribute("scale", scale);
        model.addAttribute("formats", formats);
        if (!model.containsAttribute("source")) {
            model.addAttribute("source", "");
        }
        return "journey/rating-scale";
    }

    @Requires(JourneyPermissions.CONFIGURE)
    @PostMapping("/areas/{area}/rating-scale")
    String load(AreaContext area, @ModelAttribute RatingScaleUpload upload, BindingResult binding, Model model,
            RedirectAttributes redirect) throws IOException {
        FormErrors errors = new FormErrors();
        MultipartFile file = upload.file();
        String source = upload.source() == null ? "" : upload.source();
        if (file == null || file.isEmpty()) {
            errors.add("descriptors-file", "Choose a CSV file of descriptors.");
            if (source.isBlank()) {
                errors.add("source", "Enter where the descriptors come from, such as the licensed scale’s name and edition.");
            }
        } else {
            try {
                int loaded = scales.load(area.area(), file.getInputStream(), source, area.username());
                redirect.addFlashAttribute("saved", Copy.of("journey.rating.loadedBanner", loaded));
                return "redirect:/areas/" + area.area().slug() + "/rating-scale";
            } catch (InvalidInput e) {
                errors.addAll(e, column -> "file".equals(column) ? "descriptors-file" : column);
            }
        }
        errors.addTo(model);
        model.addAttribute("source", source.length() > 200 ? source.substring(0, 200) : source);
        return scale(area, model);
    }

    /** Going back to the generic descriptors asks first, on a page of its own. */
    @Requires(JourneyPermissions.CONFIGURE)
    @GetMapping("/areas/{area}/rating-scale/generic")
    String confirmGeneric(AreaContext area, Model model) {
        RatingScale scale = scales.scale(area.area());
        String back = "/areas/" + area.area().slug() + "/rating-scale";
        if (scale.generic()) {
            return "redirect:" + back;
        }
        return Confirmation.page(model, Copy.of("journey.rating.confirmTitle"), Copy.of("journey.rating.confirmQuestion"),
                Copy.of("journey.rating.confirmDetail", scale.source()), back + "/generic", Copy.of("journey.rating.confirmButton"), back);
    }

    @Requires(JourneyPermissions.CONFIGURE)
    @PostMapping("/areas/{area}/rating-scale/generic")
    String useGeneric(AreaContext area, RedirectAttributes redirect) {
        scales.useGeneric(area.area(), area.username());
        redirect.addFlashAttribute("saved", Copy.of("journey.rating.genericBanner"));
        return "redirect:/areas/" + area.area().slug() + "/rating-scale";
    }
}
