package org.strands.journey.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.journey.ChildDetails;
import org.strands.journey.ChildSummary;
import org.strands.journey.Children;
import org.strands.journey.Ethnicity;
import org.strands.journey.JourneyPermissions;
import org.strands.journey.Sex;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.Requires;

/** The children a person may see, and recording or changing a child's details. */
@Controller
class ChildrenPageController {

    private final Children children;

    ChildrenPageController(Children children) {
        this.children = children;
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/children")
    String list(AreaContext area, @RequestParam(required = false) String ref, @RequestParam(required = false) Integer page, Model model) {
        int p = page == null ? 0 : Math.max(0, Math.min(page, 100_000));
        String search = ref == null ? null : ref.strip().length() > 20 ? ref.strip().substring(0, 20) : ref.strip();
        List<ChildSummary> found = children.visible(area, search, p);
        model.addAttribute("children", found.stream().limit(Children.PAGE).toList());
        model.addAttribute("ref", search == null ? "" : search);
        model.addAttribute("page", p);
        model.addAttribute("more", found.size() > Children.PAGE);
        return "journey/children";
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/children/new")
    String newChild(AreaContext area, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ChildForm.empty());
        }
        return choices(area, model, null);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/children")
    String create(AreaContext area, @ModelAttribute("form") ChildForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        ChildDetails details = form.read(errors);
        try {
            if (errors.isEmpty()) {
                long id = children.create(area, details);
                redirect.addFlashAttribute("saved", "Child recorded.");
                return "redirect:" + Pages.child(area, id);
            }
            if (details.bornMonth() != null) {
                children.check(area.area(), details);
            }
        } catch (InvalidInput e) {
            errors.addAll(e, c -> c);
        }
        errors.addTo(model);
        return newChild(area, model);
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/children/{id}/edit")
    String edit(AreaContext area, @PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ChildForm.of(children.one(area, id)));
        }
        return choices(area, model, id);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/children/{id}")
    String change(AreaContext area, @PathVariable long id, @ModelAttribute("form") ChildForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        ChildDetails details = form.read(errors);
        try {
            if (errors.isEmpty()) {
                children.change(area, id, details);
                redirect.addFlashAttribute("saved", "Details saved.");
                return "redirect:" + Pages.child(area, id);
            }
        } catch (InvalidInput e) {
            errors.addAll(e, c -> c);
        }
        errors.addTo(model);
        return edit(area, id, model);
    }

    private String choices(AreaContext area, Model model, Long id) {
        model.addAttribute("childId", id);
        model.addAttribute("sexes", Pages.options(Sex.class));
        model.addAttribute("ethnicities", Pages.options(Ethnicity.class));
        model.addAttribute("settings", Options.of(children.settings(area.area()), s -> s.ref(), s -> s.name() + " (" + s.ref() + ")"));
        model.addAttribute("interpreter", java.util.Map.of("yes", "An interpreter is needed"));
        return "journey/child-form";
    }
}
