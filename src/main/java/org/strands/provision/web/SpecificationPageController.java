package org.strands.provision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.provision.CommissioningSpecification;
import org.strands.provision.ProvisionPermissions;

/** The specification page, where commissioners write what they expect in each cell. */
@Controller
class SpecificationPageController {

    private final CommissioningSpecification specification;

    SpecificationPageController(CommissioningSpecification specification) {
        this.specification = specification;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/provision/specification")
    String show(AreaContext area, Model model) {
        model.addAttribute("spec", specification.specification(area.area()));
        model.addAttribute("canEdit", area.may(ProvisionPermissions.EDIT));
        model.addAttribute("longest", CommissioningSpecification.LONGEST);
        return "provision/specification";
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/specification/{code}")
    String expect(AreaContext area, @PathVariable String code, @ModelAttribute("entered") CommissioningSpecification.Expectation form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            specification.expect(area.area(), code, form, area.username());
        } catch (InvalidInput e) {
            String cell = code.toUpperCase(java.util.Locale.ROOT);
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> ("fromPartners".equals(column) ? "partners-" : "therapy-") + cell);
            errors.addTo(model);
            model.addAttribute("enteredCode", cell);
            return show(area, model);
        }
        redirect.addFlashAttribute("saved", code.toUpperCase(java.util.Locale.ROOT));
        return "redirect:/areas/" + area.area().slug() + "/provision/specification#" + code.toUpperCase(java.util.Locale.ROOT);
    }
}
