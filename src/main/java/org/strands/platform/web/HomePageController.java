package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.LandingPage;
import org.strands.platform.Public;
import org.strands.platform.Role;
import org.strands.platform.SignedIn;
import org.strands.platform.security.OidcSignIn;

/** Sign-in, and the start page listing the areas a person belongs to. */
@Controller
class HomePageController {

    private final AreaRegistry areas;
    private final ObjectProvider<OidcSignIn> oidc;
    private final List<LandingPage> landings;

    HomePageController(AreaRegistry areas, ObjectProvider<OidcSignIn> oidc, List<LandingPage> landings) {
        this.areas = areas;
        this.oidc = oidc;
        this.landings = landings;
    }

    @Public
    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(required = false) String error, @RequestParam(required = false) String expired,
            @RequestParam(name = "provider-error", required = false) String providerError, Model model) {
        model.addAttribute("oidc", oidc.getIfAvailable());
        model.addAttribute("providerFailed", providerError != null);
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
        model.addAttribute("mustWait", advice);
        return signIn(null, null, null, null, model);
    }

    /**
     * Someone the OpenID Connect provider knows but Strands does not let in, answered 403 (forwarded here by
     * {@code platform.security.OidcSignInFailureHandler} with the reason); opened directly, it says what the page is for.
     */
    @Public
    @RequestMapping("/sign-in/no-account")
    String noAccount(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object advice = request.getAttribute("strands.oidcAdvice");
        if (advice != null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        model.addAttribute("advice", advice);
        return "platform/no-account";
    }

    @Public
    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }

    /**
     * Where sign-in leads: a member of one area whose role has a start page of its own (a school's staff, a mentor)
     * goes straight there; everyone else to the list of their areas.
     */
    @SignedIn
    @GetMapping("/start")
    String start(Principal principal) {
        Map<Area, List<Role>> memberships = areas.membershipsOf(principal.getName());
        if (memberships.size() == 1) {
            var only = memberships.entrySet().iterator().next();
            return landing(only.getKey(), only.getValue()).map(path -> "redirect:" + path).orElse("redirect:/");
        }
        return "redirect:/";
    }

    @SignedIn
    @GetMapping("/")
    String home(Principal principal, Model model) {
        Map<Area, List<Role>> memberships = areas.membershipsOf(principal.getName());
        model.addAttribute("memberships", memberships);
        model.addAttribute("landings", memberships.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().slug(), e -> landing(e.getKey(), e.getValue()).orElse("/areas/" + e.getKey().slug()))));
        model.addAttribute("allAreas", areas.all());
        return "platform/home";
    }

    private java.util.Optional<String> landing(Area area, List<Role> roles) {
        return landings.stream().flatMap(l -> l.pathFor(area, java.util.Set.copyOf(roles)).stream()).findFirst();
    }
}
