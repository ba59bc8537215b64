package org.strands.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.strands.access.PublicSessions;
import org.strands.directory.Directory;
import org.strands.directory.DirectoryEntry;
import org.strands.directory.DirectoryFeedback;
import org.strands.platform.Area;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Public;

/**
 * Families' side of feedback, without an account: telling the area what they think of an entry (no name or email asked),
 * a thank-you page after it (Post/Redirect/Get), and the area's "you said, we did" page of what it changed. Limited per
 * client address like every public page (platform's {@code PublicRateLimit}).
 */
@Controller
class DirectoryFeedbackPublicPageController {

    /** The feedback form as typed. */
    record FeedbackForm(String helpful, String said) {

        static FeedbackForm empty() {
            return new FeedbackForm(null, "");
        }
    }

    private final Directory directory;
    private final DirectoryFeedback feedback;
    private final PublicSessions sessions;
    private final Formats formats;

    DirectoryFeedbackPublicPageController(Directory directory, DirectoryFeedback feedback, PublicSessions sessions, Formats formats) {
        this.directory = directory;
        this.feedback = feedback;
        this.sessions = sessions;
        this.formats = formats;
    }

    @Public
    @GetMapping("/public/{area}/support/{id}/feedback")
    String form(@PathVariable("area") String slug, @PathVariable String id, Model model) {
        Area area = sessions.area(slug);
        model.addAttribute("form", FeedbackForm.empty());
        return formPage(area, directory.entry(area, uuid(id)), model);
    }

    @Public
    @PostMapping("/public/{area}/support/{id}/feedback")
    String send(@PathVariable("area") String slug, @PathVariable String id, @ModelAttribute("form") FeedbackForm form, Model model) {
        Area area = sessions.area(slug);
        DirectoryEntry entry = directory.entry(area, uuid(id));
        FormErrors errors = new FormErrors();
        try {
            feedback.leave(area, entry.id(), form.helpful(), form.said());
            return "redirect:/public/" + area.slug() + "/support/" + entry.id() + "/feedback/sent";
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        model.addAttribute("form", form);
        return formPage(area, entry, model);
    }

    @Public
    @GetMapping("/public/{area}/support/{id}/feedback/sent")
    String sent(@PathVariable("area") String slug, @PathVariable String id, Model model) {
        Area area = sessions.area(slug);
        model.addAttribute("area", area);
        model.addAttribute("entry", directory.entry(area, uuid(id)));
        return "directory/feedback-sent";
    }

    @Public
    @GetMapping("/public/{area}/support/you-said-we-did")
    String youSaidWeDid(@PathVariable("area") String slug, Model model) {
        Area area = sessions.area(slug);
        model.addAttribute("area", area);
        model.addAttribute("answers", feedback.published(area));
        model.addAttribute("formats", formats);
        return "directory/you-said-we-did";
    }

    private String formPage(Area area, DirectoryEntry entry, Model model) {
        Map<String, String> helpful = new LinkedHashMap<>();
        DirectoryFeedback.HELPFUL.forEach(h -> helpful.put(h, Copy.of("directory.feedback.helpful." + h)));
        model.addAttribute("area", area);
        model.addAttribute("entry", entry);
        model.addAttribute("helpfulOptions", helpful);
        return "directory/feedback-form";
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no such entry in the directory.");
        }
    }
}
