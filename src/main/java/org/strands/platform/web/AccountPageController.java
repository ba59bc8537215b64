package org.strands.platform.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.People;
import org.strands.platform.SignedIn;

/** A person's own account: changing their password. */
@Controller
class AccountPageController {

    /** The change of password as entered. Never shown again: the boxes start empty after an error. */
    record PasswordCommand(String current, String password, String confirm) {
    }

    private final People people;

    AccountPageController(People people) {
        this.people = people;
    }

    @SignedIn
    @GetMapping("/account/password")
    String form(Principal principal, Model model) {
        return page(principal, model);
    }

    @SignedIn
    @PostMapping("/account/password")
    String change(@ModelAttribute("change") PasswordCommand form, BindingResult binding, Principal principal, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (form.password() != null && !form.password().equals(form.confirm())) {
            errors.add("confirm", "Enter the same new password twice.");
        }
        if (errors.isEmpty()) {
            try {
                people.changePassword(principal.getName(), form.current(), form.password());
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        if (!errors.isEmpty()) {
            errors.addTo(model);
            return page(principal, model);
        }
        redirect.addFlashAttribute("saved", "Your password has been changed. Use it the next time you sign in.");
        return "redirect:/account/password";
    }

    private String page(Principal principal, Model model) {
        model.addAttribute("temporary", people.mustChangePassword(principal.getName()));
        return "platform/change-password";
    }
}
