package org.strands.journey.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.strands.journey.FamilyAnswerLinks;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Public;

/**
 * The family's own page, opened from the link staff made, without an account: the part's questions under the area's
 * name (nothing about the child), answered once. A link that is used, out of date or unknown shows the same page,
 * which says only how to ask for a new one. Opening the link spends nothing; sending the answers does.
 */
@Controller
class FamilyAnswersPublicPageController {

    private final AreaRegistry areas;
    private final FamilyAnswerLinks links;

    FamilyAnswersPublicPageController(AreaRegistry areas, FamilyAnswerLinks links) {
        this.areas = areas;
        this.links = links;
    }

    @Public
    @GetMapping("/public/{area}/answers/{token}")
    String open(@PathVariable("area") String slug, @PathVariable String token, Model model) {
        Area area = area(slug);
        return page(area, token, links.open(area, token), Map.of(), model);
    }

    @Public
    @PostMapping("/public/{area}/answers/{token}")
    String answer(@PathVariable("area") String slug, @PathVariable String token, HttpServletRequest request, Model model) {
        Area area = area(slug);
        Map<String, String> given = FamilyAnswerForm.of(request.getParameterMap()).given();
        try {
            if (links.answer(area, token, given)) {
                return "redirect:/public/" + area.slug() + "/answers/thank-you";
            }
            return gone(area, token, model);
        } catch (InvalidInput e) {
            Optional<FamilyAnswerLinks.Opened> opened = links.open(area, token);
            opened.ifPresent(o -> {
                FormErrors errors = new FormErrors();
                errors.addAll(e, column -> FamilyAnswerForm.field(column, o.questionnaire()));
                errors.addTo(model);
            });
            return page(area, token, opened, given, model);
        }
    }

    /** Asking for a new link from the kind page: the same answer whether or not the link was ever known. */
    @Public
    @PostMapping("/public/{area}/answers/{token}/new-link")
    String newLink(@PathVariable("area") String slug, @PathVariable String token, Model model) {
        Area area = area(slug);
        links.askForNew(area, token);
        model.addAttribute("area", area);
        return "journey/family-new-link";
    }

    @Public
    @GetMapping("/public/{area}/answers/thank-you")
    String thanks(@PathVariable("area") String slug, Model model) {
        model.addAttribute("area", area(slug));
        return "journey/family-thanks";
    }

    private static String page(Area area, String token, Optional<FamilyAnswerLinks.Opened> opened, Map<String, String> given, Model model) {
        if (opened.isEmpty()) {
            return gone(area, token, model);
        }
        model.addAttribute("area", area);
        model.addAttribute("token", token);
        model.addAttribute("questionnaire", opened.get().questionnaire());
        model.addAttribute("questions", opened.get().questionnaire().part(opened.get().part()));
        model.addAttribute("answers", given);
        return "journey/family-public";
    }

    private static String gone(Area area, String token, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("token", token != null && token.matches("[A-Za-z0-9_-]{1,100}") ? token : "unknown");
        return "journey/family-gone";
    }

    private Area area(String slug) {
        return areas.find(slug).orElseThrow(() -> new NotFound("There is no area called " + slug + " in Strands."));
    }
}
