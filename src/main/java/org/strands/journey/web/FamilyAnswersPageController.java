package org.strands.journey.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * A child's family answers: the answer sets of the child's journeys, entering a part with the family in person, and
 * making a link for the family to answer on their own. Only children the person may see are found.
 */
@Controller
class FamilyAnswersPageController {

    private final FamilyAnswerAccess access;
    private final FamilyAnswers answers;
    private final FamilyAnswerLinks links;
    private final Questionnaires questionnaires;
    private final Formats formats;
    private final Clock clock;

    FamilyAnswersPageController(FamilyAnswerAccess access, FamilyAnswers answers, FamilyAnswerLinks links, Questionnaires questionnaires,
            Formats formats, Clock clock) {
        this.access = access;
        this.answers = answers;
        this.links = links;
        this.questionnaires = questionnaires;
        this.formats = formats;
        this.clock = clock;
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/children/{childId}/answers")
    String answers(AreaContext area, @PathVariable long childId, @RequestParam(required = false) String part, Model model) {
        FamilyAnswerAccess.Child child = access.child(area, childId);
        var sets = answers.ofJourneys(area.area(), child.journeyIds());
        int chosen = "1".equals(part) || "2".equals(part) ? Integer.parseInt(part) : sets.stream().anyMatch(s -> s.part() == 1) ? 2 : 1;
        FamilyAnswersPage.Subject subject = subject(area, child);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FamilyAnswerForm.empty(chosen, child.current() == null ? null : child.current().id(), today()));
        }
        return FamilyAnswersPage.show(model, subject, sets, questionnaires.inForce(area.area()), formats);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/children/{childId}/answers")
    String enter(AreaContext area, @PathVariable long childId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        FamilyAnswerAccess.Child child = access.child(area, childId);
        FamilyAnswerForm form = FamilyAnswerForm.of(request.getParameterMap());
        FormErrors errors = new FormErrors();
        Long journeyId = child.journeys().stream().filter(j -> String.valueOf(j.id()).equals(form.journeyId())).findFirst()
                .map(FamilyAnswerAccess.Journey::id).orElse(null);
        if (journeyId == null) {
            errors.add("journeyId", child.journeys().isEmpty() ? Copy.of("journey.family.noJourney") : "Choose one of the child’s journeys.");
        }
        FamilyAnswerEntry entry = form.entry(journeyId, null, errors);
        Questionnaire questionnaire = questionnaires.inForce(area.area());
        try {
            if (errors.isEmpty()) {
                answers.store(area.area(), entry, area.username());
                redirect.addFlashAttribute("saved", Copy.of("journey.family.saved", entry.part()));
                return "redirect:/areas/" + area.area().slug() + "/children/" + childId + "/answers";
            }
            answers.check(area.area(), entry);
        } catch (InvalidInput e) {
            errors.addAll(e, column -> FamilyAnswerForm.field(column, questionnaire));
        }
        errors.addTo(model);
        model.addAttribute("form", form);
        return answers(area, childId, form.part(), model);
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/children/{childId}/answers/link")
    String link(AreaContext area, @PathVariable long childId, @RequestParam(required = false) String linkPart, Model model) {
        FamilyAnswerAccess.Child child = access.child(area, childId);
        String back = "/areas/" + area.area().slug() + "/children/" + childId + "/answers";
        if (child.current() == null) {
            return FamilyAnswersPage.linkRefused(model, Copy.of("journey.family.noJourney"), () -> answers(area, childId, null, model));
        }
        if (!"1".equals(linkPart) && !"2".equals(linkPart)) {
            return FamilyAnswersPage.linkRefused(model, "Choose which part the link should ask.", () -> answers(area, childId, null, model));
        }
        int part = Integer.parseInt(linkPart);
        return FamilyAnswersPage.link(model, links.make(area.area(), part, child.current().id(), null, area.username()), part, back,
                Copy.of("journey.family.child", child.ref()), formats);
    }

    private static FamilyAnswersPage.Subject subject(AreaContext area, FamilyAnswerAccess.Child child) {
        Map<String, String> journeys = new LinkedHashMap<>();
        child.journeys().forEach(j -> journeys.put(String.valueOf(j.id()), Copy.of("journey.family.journeyOption", Formats.ukDate(j.startedOn()),
                j.dischargedOn() == null ? "" : Copy.of("journey.family.journeyEnded", Formats.ukDate(j.dischargedOn())))));
        return new FamilyAnswersPage.Subject(Copy.of("journey.family.child", child.ref()),
                "/areas/" + area.area().slug() + "/children/" + child.id() + "/answers", journeys, child.current() != null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.LONDON));
    }
}
