package org.strands.platform.web;

import java.util.Arrays;
import java.util.List;
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
import org.strands.platform.Confirmation;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.NotFound;
import org.strands.platform.Options;
import org.strands.platform.Role;

/** The area's people: who is a member with which roles; add someone; change roles; remove someone. */
@Controller
class PeoplePageController {

    /** A member's roles form: the roles ticked. */
    record RolesCommand(List<String> roles) {
    }

    private final AreaMembers members;

    PeoplePageController(AreaMembers members) {
        this.members = members;
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @GetMapping("/areas/{area}/people")
    String list(AreaContext area, Model model) {
        return show(area, model);
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PostMapping("/areas/{area}/people")
    String add(AreaContext area, @ModelAttribute("form") PersonCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            members.add(area.areaId(), new AreaMembers.NewMember(form.username(), form.displayName(), form.password(),
                    PersonCommand.roles(form.roles()), form.email()), area.systemAdmin());
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> column);
            errors.addTo(model);
            return show(area, model);
        }
        redirect.addFlashAttribute("saved", form.username() + " added.");
        return "redirect:/areas/" + area.area().slug() + "/people";
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PostMapping("/areas/{area}/people/{username}/roles")
    String setRoles(AreaContext area, @PathVariable String username, @ModelAttribute("roleChange") RolesCommand form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            members.setRoles(area.areaId(), username, PersonCommand.roles(form.roles()));
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> "roles-" + username);
            errors.addTo(model);
            return show(area, model);
        }
        redirect.addFlashAttribute("saved", "Roles of " + username + " saved.");
        return "redirect:/areas/" + area.area().slug() + "/people";
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @GetMapping("/areas/{area}/people/{username}/remove")
    String confirmRemove(AreaContext area, @PathVariable String username, Model model) {
        AreaMembers.Member member = member(area, username);
        String base = "/areas/" + area.area().slug() + "/people";
        return Confirmation.page(model, "Remove a person", "Are you sure you want to remove " + member.displayName() + " from "
                + area.area().name() + "?", "Their account stays, with any other areas they belong to. The audit log keeps who removed them.",
                base + "/" + username + "/remove", "Remove from area", base);
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PostMapping("/areas/{area}/people/{username}/remove")
    String remove(AreaContext area, @PathVariable String username, Model model, RedirectAttributes redirect) {
        AreaMembers.Member member = member(area, username);
        try {
            members.remove(area.areaId(), username, area.username());
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> "roles-" + username);
            errors.addTo(model);
            return show(area, model);
        }
        redirect.addFlashAttribute("saved", member.displayName() + " removed from the area.");
        return "redirect:/areas/" + area.area().slug() + "/people";
    }

    private AreaMembers.Member member(AreaContext area, String username) {
        return members.of(area.areaId()).stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFound("There is no member " + username + " in this area."));
    }

    private String show(AreaContext area, Model model) {
        model.addAttribute("members", members.of(area.areaId()));
        model.addAttribute("roles", Options.of(Arrays.asList(Role.values()), Role::name, Role::label));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PersonCommand.empty());
        }
        return "platform/people";
    }
}
