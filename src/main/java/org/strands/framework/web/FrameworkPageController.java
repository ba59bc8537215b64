package org.strands.framework.web;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.framework.Framework;
import org.strands.framework.FrameworkCatalogue;
import org.strands.framework.FrameworkPermissions;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Public;
import org.strands.platform.Requires;

/** The 5 × 3 grid with its descriptors and the delivery principles. */
@Controller
class FrameworkPageController {

    /** Specialist at the top, universal at the bottom, as the framework is drawn. */
    static final List<Level> LEVELS_TOP_DOWN = List.of(Level.SPECIALIST, Level.TARGETED, Level.UNIVERSAL);

    private final FrameworkCatalogue catalogue;

    FrameworkPageController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Public
    @GetMapping("/framework")
    String framework(Model model) {
        return show(catalogue.framework(), model);
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/framework")
    String areaFramework(AreaContext area, @RequestParam(name = "set", required = false) String set, Model model) {
        model.addAttribute("sets", catalogue.setsFor(area.areaId()));
        model.addAttribute("canLoad", area.may(FrameworkPermissions.LOAD_DESCRIPTOR_SETS));
        return show(catalogue.framework(area.areaId(), set), model);
    }

    @Requires(FrameworkPermissions.LOAD_DESCRIPTOR_SETS)
    @GetMapping("/areas/{area}/framework/descriptor-sets/new")
    String loadForm(AreaContext area, Model model) {
        model.addAttribute("form", new DescriptorSetCommand(null, null, null, null));
        return "framework/load-descriptor-set";
    }

    @Requires(FrameworkPermissions.LOAD_DESCRIPTOR_SETS)
    @PostMapping("/areas/{area}/framework/descriptor-sets")
    String load(AreaContext area, @ModelAttribute("form") DescriptorSetCommand form, BindingResult binding,
            Model model, RedirectAttributes redirect) throws IOException {
        FormErrors errors = new FormErrors();
        if (form == null || binding.hasErrors()) {
            // a file field that was not a file (a form sent without multipart): nothing could be bound
            model.addAttribute("form", new DescriptorSetCommand(null, null, null, null));
            errors.add("file", "Choose a CSV file of descriptors.");
        } else if (form.file() == null || form.file().isEmpty()) {
            errors.add("file", "Choose a CSV file of descriptors.");
        } else {
            try {
                catalogue.load(area.areaId(), form.code(), form.name(), form.discipline(), form.file().getInputStream(), area.username());
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        if (!errors.isEmpty()) {
            errors.addTo(model);
            return "framework/load-descriptor-set";
        }
        redirect.addFlashAttribute("loaded", form.name());
        return "redirect:/areas/" + area.area().slug() + "/framework?set=" + form.code();
    }

    private static String show(Framework framework, Model model) {
        model.addAttribute("framework", framework);
        model.addAttribute("levels", LEVELS_TOP_DOWN);
        model.addAttribute("strands", Strand.values());
        return "framework/grid";
    }
}
