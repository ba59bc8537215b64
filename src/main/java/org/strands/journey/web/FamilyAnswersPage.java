package org.strands.journey.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.strands.journey.FamilyAnswerLinks;
import org.strands.journey.FamilyAnswerSet;
import org.strands.journey.Questionnaire;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;

/** The answers page of a child or a contact, and the page that shows a family's link once: what their templates need. */
final class FamilyAnswersPage {

    /**
     * Whose answers: the caption, the page's address, the journeys to choose from (none for a contact) and whether
     * answers can be entered at all.
     */
    record Subject(String caption, String base, Map<String, String> journeys, boolean canEnter) {
    }

    private FamilyAnswersPage() {
    }

    static String show(Model model, Subject subject, List<FamilyAnswerSet> sets, Questionnaire questionnaire, Formats formats) {
        FamilyAnswerForm form = (FamilyAnswerForm) model.getAttribute("form");
        int part = form == null ? 1 : form.partNumber();
        model.addAttribute("subject", subject);
        model.addAttribute("sets", sets);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("part", part);
        model.addAttribute("questions", questionnaire.part(part));
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("1", Copy.of("journey.family.part1.short"));
        parts.put("2", Copy.of("journey.family.part2.short"));
        model.addAttribute("parts", parts);
        model.addAttribute("formats", formats);
        return "journey/family-answers";
    }

    /** The answers page again, with the reason no link was made beside the link's part. */
    static String linkRefused(Model model, String reason, Supplier<String> page) {
        FormErrors errors = new FormErrors();
        errors.add("linkPart", reason);
        errors.addTo(model);
        return page.get();
    }

    static String link(Model model, FamilyAnswerLinks.Made made, int part, String back, String caption, Formats formats) {
        model.addAttribute("made", made);
        model.addAttribute("part", part);
        model.addAttribute("back", back);
        model.addAttribute("caption", caption);
        model.addAttribute("until", formats.date(made.expiresAt()));
        return "journey/family-link";
    }
}
