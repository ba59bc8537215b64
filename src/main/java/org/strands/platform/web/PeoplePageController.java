package org.strands.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaMembers;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.Role;

/** The area's people: who is a member with which roles; add someone; change roles. */
@Controller
class PeoplePageController {

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
    String add(AreaContext area, @RequestParam String username, @RequestParam String displayName,
            @RequestParam String password, @RequestParam(required = false) List<Role> roles, Model model,
            RedirectAttributes redirect) {
        Set<Role> chosen = roles == null ? Set.of() : EnumSet.copyOf(roles);
        try {
            members.add(area.areaId(), new AreaMembers.NewMember(username, displayName, password, chosen), area.systemAdmin());
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("chosen", chosen);
            return show(area, model);
        }
        redirect.addFlashAttribute("saved", username + " added.");
        return "redirect:/areas/" + area.area().slug() + "/people";
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PostMapping("/areas/{area}/people/{username}/roles")
    String setRoles(AreaContext area, @PathVariable String username, @RequestParam(required = false) List<Role> roles,
            Model model, RedirectAttributes redirect) {
        try {
            members.setRoles(area.areaId(), username, roles == null ? Set.of() : EnumSet.copyOf(roles));
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return show(area, model);
        }
        redirect.addFlashAttribute("saved", "Roles of " + username + " saved.");
        return "redirect:/areas/" + area.area().slug() + "/people";
    }

    private String show(AreaContext area, Model model) {
        model.addAttribute("members", members.of(area.areaId()));
        model.addAttribute("roles", Role.values());
        return "platform/people";
    }
}
