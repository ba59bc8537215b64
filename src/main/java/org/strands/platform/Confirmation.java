package org.strands.platform;

import org.springframework.ui.Model;

/**
 * A page of its own that asks before something is removed or withdrawn: the question, what will follow, a warning
 * button that posts to {@code action}, and a way back. Works without JavaScript.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /** Fills the model for {@code platform/confirm} and names that template. */
    public static String page(Model model, String title, String question, String detail, String action, String button, String back) {
        model.addAttribute("confirmTitle", title);
        model.addAttribute("question", question);
        model.addAttribute("detail", detail);
        model.addAttribute("action", action);
        model.addAttribute("button", button);
        model.addAttribute("back", back);
        return "platform/confirm";
    }
}
