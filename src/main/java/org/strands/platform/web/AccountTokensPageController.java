package org.strands.platform.web;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.platform.ApiTokens;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import org.strands.platform.SignedIn;

/**
 * A person's API tokens on their account page. A new token is shown in the answer to the form that created it,
 * never through the session or a later page, and never again.
 */
@Controller
class AccountTokensPageController {

    /** A token asked for, as entered. */
    record TokenCommand(String name, String days) {
    }

    private static final String PAGE = "platform/tokens";

    private final ApiTokens tokens;

    AccountTokensPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @SignedIn
    @GetMapping("/account/tokens")
    String list(Authentication caller, Model model) {
        model.addAttribute("token", new TokenCommand("", Integer.toString(ApiTokens.DEFAULT_DAYS)));
        return page(caller, model);
    }

    @SignedIn
    @PostMapping("/account/tokens")
    String create(@ModelAttribute("token") TokenCommand form, BindingResult binding, Authentication caller, Model model) {
        MyTokensApiController.refuseTokens(caller);
        FormErrors errors = new FormErrors();
        Integer days = errors.parse("days", form.days(), Numbers::wholeInt);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("issued", tokens.create(caller.getName(), form.name(), days));
                model.addAttribute("token", new TokenCommand("", Integer.toString(ApiTokens.DEFAULT_DAYS)));
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        return page(caller, model);
    }

    @SignedIn
    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, Authentication caller, RedirectAttributes redirect) {
        ApiTokens.Held revoked = tokens.revoke(caller.getName(), id);
        redirect.addFlashAttribute("saved", "The token \u201c" + revoked.name() + "\u201d is revoked: it no longer works.");
        return "redirect:/account/tokens";
    }

    private String page(Authentication caller, Model model) {
        model.addAttribute("held", tokens.of(caller.getName()));
        model.addAttribute("longestDays", ApiTokens.LONGEST_DAYS);
        return PAGE;
    }
}
