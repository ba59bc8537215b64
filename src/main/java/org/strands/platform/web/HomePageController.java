package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Public;
import org.strands.platform.Role;
import org.strands.platform.SignedIn;

/** Sign-in, and the start page listing the areas a person belongs to. */
@Controller
class HomePageController {

    private final AreaRegistry areas;

    HomePageController(AreaRegistry areas) {
        this.areas = areas;
    }

    @Public
    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(required = false) String error, @RequestParam(required = false) String expired, Model model) {
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("signInFailed", error != null);
        return "platform/sign-in";
    }

    /**
     * The sign-in form again, answered 429, for an attempt the sign-in throttle held back (forwarded here by
     * {@code platform.security.SignInFailureHandler} with its advice); opened directly, it is the plain form.
     */
    @Public
    @RequestMapping("/sign-in/wait")
    String signInMustWait(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object advice = request.getAttribute("strands.signInAdvice");
        if (advice != null) {
            response.setStatus(429);
        }
        model.addAttribute("signedOut", false);
        model.addAttribute("expired", false);
        model.addAttribute("signInFailed", false);
        model.addAttribute("mustWait", advice);
        return "platform/sign-in";
    }

    @Public
    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }

    @SignedIn
    @GetMapping("/")
    String home(Principal principal, Model model) {
        Map<Area, List<Role>> memberships = areas.membershipsOf(principal.getName());
        model.addAttribute("memberships", memberships);
        model.addAttribute("allAreas", areas.all());
        return "platform/home";
    }
}
