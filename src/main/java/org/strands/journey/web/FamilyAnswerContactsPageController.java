package org.strands.journey.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.journey.FamilyAnswerAccess;
import org.strands.journey.FamilyAnswerEntry;
import org.strands.journey.FamilyAnswerLinks;
import org.strands.journey.FamilyAnswers;
import org.strands.journey.JourneyPermissions;
import org.strands.journey.Questionnaire;
import org.strands.journey.Questionnaires;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/**
 * The answers of a family met at an easy-access contact, before any journey: the answer sets kept with the contact,
 * entering a part in person, and making a link for the family.
 */
@Controller
class FamilyAnswerContactsPageController {

    private final FamilyAnswerAccess access;
    private final FamilyAnswers answers;
    private final FamilyAnswerLinks links;
    private final Questionnaires questionnaires;
    private final Formats formats;
    private final Clock clock;

    FamilyAnswerContactsPageController(FamilyAnswerAccess access, FamilyAnswers answers, FamilyAnswerLinks links,
            Questionnaires questionnaires, Formats formats, Clock clock) {
        this.access = access;
        this.answers = answers;
        this.links = links;
        this.questionnaires = questionnaires;
        this.formats = formats;
        this.clock = clock;
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/contacts/{contactId}/answers")
    String answers(AreaContext area, @PathVariable long contactId, @RequestParam(required = false) String part, Model model) {
        FamilyAnswerAccess.Contact contact = access.contact(area, contactId);
        var sets = answers.ofContact(area.area(), contactId);
        int chosen = "1".equals(part) || "2".equals(part) ? Integer.parseInt(part) : sets.stream().anyMatch(s -> s.part() == 1) ? 2 : 1;
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FamilyAnswerForm.empty(chosen, null, LocalDate.now(clock.withZone(Formats.LONDON))));
        }
        return FamilyAnswersPage.show(model, subject(area, contact), sets, questionnaires.inForce(area.area()), formats);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/contacts/{contactId}/answers")
    String enter(AreaContext area, @PathVariable long contactId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        access.contact(area, contactId);
        FamilyAnswerForm form = FamilyAnswerForm.of(request.getParameterMap());
        FormErrors errors = new FormErrors();
        FamilyAnswerEntry entry = form.entry(null, contactId, errors);
        Questionnaire questionnaire = questionnaires.inForce(area.area());
        try {
            if (errors.isEmpty()) {
                answers.store(area.area(), entry, area.username());
                redirect.addFlashAttribute("saved", Copy.of("journey.family.saved", entry.part()));
                return "redirect:/areas/" + area.area().slug() + "/contacts/" + contactId + "/answers";
            }
            answers.check(area.area(), entry);
        } catch (InvalidInput e) {
            errors.addAll(e, column -> FamilyAnswerForm.field(column, questionnaire));
        }
        errors.addTo(model);
        model.addAttribute("form", form);
        return answers(area, contactId, form.part(), model);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/contacts/{contactId}/answers/link")
    String link(AreaContext area, @PathVariable long contactId, @RequestParam(required = false) String linkPart, Model model) {
        FamilyAnswerAccess.Contact contact = access.contact(area, contactId);
        if (!"1".equals(linkPart) && !"2".equals(linkPart)) {
            return FamilyAnswersPage.linkRefused(model, "Choose which part the link should ask.", () -> answers(area, contactId, null, model));
        }
        int part = Integer.parseInt(linkPart);
        return FamilyAnswersPage.link(model, links.make(area.area(), part, null, contactId, area.username()), part,
                "/areas/" + area.area().slug() + "/contacts/" + contactId + "/answers", subject(area, contact).caption(), formats);
    }

    private static FamilyAnswersPage.Subject subject(AreaContext area, FamilyAnswerAccess.Contact contact) {
        return new FamilyAnswersPage.Subject(Copy.of("journey.family.contactCaption", Formats.ukDate(contact.contactOn()), contact.route()),
                "/areas/" + area.area().slug() + "/contacts/" + contact.id() + "/answers", Map.of(), true);
    }
}
