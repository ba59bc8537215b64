package org.strands.followup.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.strands.followup.FollowUps;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.NotFound;
import org.strands.platform.Public;

/**
 * A family stops their follow-up messages from the link in one, without an account. Opening the link shows a page and
 * changes nothing (mail scanners open links); only its button stops the messages. A link that is unknown, malformed or
 * used shows the same pages, so that the pages reveal nothing about who was written to.
 */
@Controller
class FollowUpsPublicPageController {

    private final AreaRegistry areas;
    private final FollowUps followUps;

    FollowUpsPublicPageController(AreaRegistry areas, FollowUps followUps) {
        this.areas = areas;
        this.followUps = followUps;
    }

    @Public
    @GetMapping("/public/{area}/follow-up/stop/{token}")
    String confirm(@PathVariable("area") String slug, @PathVariable String token, Model model) {
        model.addAttribute("area", area(slug));
        model.addAttribute("token", token.length() > 100 ? token.substring(0, 100) : token);
        return "followup/public-stop";
    }

    @Public
    @PostMapping("/public/{area}/follow-up/stop/{token}")
    String stop(@PathVariable("area") String slug, @PathVariable String token, Model model) {
        Area area = area(slug);
        followUps.withdrawByLink(area, token);
        model.addAttribute("area", area);
        return "followup/public-stopped";
    }

    private Area area(String slug) {
        return areas.find(slug).orElseThrow(() -> new NotFound("There is no area called " + slug + " in Strands."));
    }
}
