package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.strands.platform.Forbidden;
import org.strands.platform.NotFound;

/** Pages answer a missing or forbidden thing with a page in the layout (header, navigation, sign-out) and the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final LayoutModel layout;

    PageErrors(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletRequest request, HttpServletResponse response) {
        layout.addTo(model, request);
        response.setStatus(404);
        model.addAttribute("message", e.getMessage());
        return "platform/not-found";
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(Forbidden e, Model model, HttpServletRequest request, HttpServletResponse response) {
        layout.addTo(model, request);
        response.setStatus(403);
        model.addAttribute("message", PlainWords.orCopy(e.getMessage(), "error.403.detail"));
        return "platform/forbidden";
    }
}
