package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in, and whether they administer the system. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
    }

    /** The path of the page, so that the navigation can mark the current item. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * The same attributes for a page rendered by an exception handler, which gets a model of its own without
     * them (and so lost the header's sign-out and the navigation).
     */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("signedInAs", signedInAs());
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("systemAdmin", systemAdmin());
    }

    @ModelAttribute("systemAdmin")
    boolean systemAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_SYSTEM_ADMIN".equals(a.getAuthority()));
    }
}
