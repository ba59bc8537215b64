package org.strands.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaMembers;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** An area administrator gives a member a temporary password, which the member changes when they next sign in. */
@Controller
class TemporaryPasswordPageController {

    /** The temporary password as entered. */
    record TemporaryPasswordCommand(String password) {
    }

    private final AreaMembers members;

    TemporaryPasswordPageController(AreaMembers members) {
        this.members = members;
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @GetMapping("/areas/{area}/people/{username}/password")
    String form(AreaContext area, @PathVariable String username, Model model) {
        model.addAttribute("member", member(area, username));
        return "platform/temporary-password";
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PostMapping("/areas/{area}/people/{username}/password")
    String set(AreaContext area, @PathVariable String username, @ModelAttribute("temporary") TemporaryPasswordCommand form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        AreaMembers.Member member = member(area, username);
        try {
            members.setTemporaryPassword(area.areaId(), username, form.password(), area.username(), area.systemAdmin());
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> "password");
            errors.addTo(model);
            model.addAttribute("member", member);
            return "platform/temporary-password";
        }
        redirect.addFlashAttribute("saved", member.displayName() + " has a temporary password. Tell them it in person or by phone:"
                + " they will choose their own when they next sign in.");
        return "redirect:/areas/" + area.area().slug() + "/people";
    }

    private AreaMembers.Member member(AreaContext area, String username) {
        return members.of(area.areaId()).stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFound("There is no member " + username + " in this area."));
    }
}
