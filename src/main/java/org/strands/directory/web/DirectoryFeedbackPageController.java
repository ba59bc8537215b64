package org.strands.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.directory.DirectoryFeedback;
import org.strands.directory.DirectoryPermissions;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Requires;

/**
 * Families' feedback as the area's curators see it (those not answered first, then newest first, of one entry if they
 * choose), and the answer to one: what families said, in the area's words, and what it changed, published on the
 * area's "you said, we did" page when the curator chooses.
 */
@Controller
class DirectoryFeedbackPageController {

    /** The answer form as typed. */
    record AnswerForm(String publicSaid, String answer, String publish) {

        static AnswerForm of(DirectoryFeedback.Item item) {
            return new AnswerForm(item.publicSaid(), item.answer(), item.published() ? "yes" : "");
        }

        DirectoryFeedback.Answer toAnswer() {
            return new DirectoryFeedback.Answer(publicSaid, answer, "yes".equals(publish));
        }
    }

    private final DirectoryFeedback feedback;
    private final Formats formats;

    DirectoryFeedbackPageController(DirectoryFeedback feedback, Formats formats) {
        this.feedback = feedback;
        this.formats = formats;
    }

    @Requires(DirectoryPermissions.CURATE)
    @GetMapping("/areas/{area}/directory/feedback")
    String list(AreaContext area, @RequestParam(required = false) String entry, Model model) {
        UUID chosen = uuidOrNull(entry);
        List<DirectoryFeedback.Item> all = feedback.list(area.area(), null);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("", Copy.of("directory.feedback.anyEntry"));
        all.stream().sorted(java.util.Comparator.comparing(i -> i.entryName().toLowerCase(java.util.Locale.UK)))
                .forEach(i -> entries.putIfAbsent(i.entryId().toString(), i.entryName()));
        model.addAttribute("items", chosen == null ? all : all.stream().filter(i -> i.entryId().equals(chosen)).toList());
        model.addAttribute("entryOptions", entries);
        model.addAttribute("chosen", chosen == null || !entries.containsKey(chosen.toString()) ? "" : chosen.toString());
        model.addAttribute("unanswered", all.stream().filter(i -> !i.answered()).count());
        model.addAttribute("formats", formats);
        return "directory/feedback-list";
    }

    @Requires(DirectoryPermissions.CURATE)
    @GetMapping("/areas/{area}/directory/feedback/{id}")
    String one(AreaContext area, @PathVariable String id, Model model) {
        DirectoryFeedback.Item item = feedback.one(area.area(), uuid(id));
        model.addAttribute("form", AnswerForm.of(item));
        return page(item, model);
    }

    @Requires(DirectoryPermissions.CURATE)
    @PostMapping("/areas/{area}/directory/feedback/{id}")
    String answer(AreaContext area, @PathVariable String id, @ModelAttribute("form") AnswerForm form, Model model, RedirectAttributes redirect) {
        DirectoryFeedback.Item item = feedback.one(area.area(), uuid(id));
        FormErrors errors = new FormErrors();
        try {
            DirectoryFeedback.Answer answer = form.toAnswer();
            feedback.answer(area.area(), item.id(), answer, area.username());
            redirect.addFlashAttribute("saved", Copy.of(answer.publish() ? "directory.feedback.published" : "directory.feedback.answered",
                    item.entryName()));
            return "redirect:/areas/" + area.area().slug() + "/directory/feedback";
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        model.addAttribute("form", form);
        return page(item, model);
    }

    private String page(DirectoryFeedback.Item item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("yes", Map.of("yes", Copy.of("directory.feedback.publishYes")));
        model.addAttribute("formats", formats);
        return "directory/feedback-answer";
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no such feedback in the directory.");
        }
    }
}
