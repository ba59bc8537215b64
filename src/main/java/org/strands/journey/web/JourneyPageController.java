package org.strands.journey.web;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.journey.Children;
import org.strands.journey.Discharge;
import org.strands.journey.DischargeReason;
import org.strands.journey.Journey;
import org.strands.journey.JourneyPermissions;
import org.strands.journey.JourneySource;
import org.strands.journey.Journeys;
import org.strands.journey.StartJourney;
import org.strands.platform.AreaContext;
import org.strands.platform.Formats;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.Requires;

/** Starting a child's journey (from a recent contact, a request, or by hand) and closing it with a reason. */
@Controller
class JourneyPageController {

    private final Journeys journeys;
    private final Children children;
    private final Clock clock;

    JourneyPageController(Journeys journeys, Children children, Clock clock) {
        this.journeys = journeys;
        this.children = children;
        this.clock = clock;
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/children/{id}/journeys/new")
    String newJourney(AreaContext area, @PathVariable long id, @RequestParam(required = false) Long contact, Model model) {
        model.addAttribute("child", children.one(area, id));
        if (!model.containsAttribute("form")) {
            JourneyForms.Start empty = JourneyForms.Start.empty(Pages.today(clock), area.username());
            model.addAttribute("form", contact == null ? empty : new JourneyForms.Start(JourneySource.CONTACT.name(), contact.toString(), null,
                    empty.startedOnDay(), empty.startedOnMonth(), empty.startedOnYear(), empty.lead()));
        }
        model.addAttribute("sources", Pages.options(JourneySource.class));
        model.addAttribute("contacts", Options.of(journeys.recentContacts(area), p -> String.valueOf(p.id()),
                p -> Formats.ukDate(p.on()) + ", " + p.route() + (p.locality() == null ? "" : ", " + p.locality())));
        model.addAttribute("requests", Options.of(journeys.recentRequests(area), p -> String.valueOf(p.id()),
                p -> Formats.ukDate(p.on()) + ", " + p.route() + (p.locality() == null ? "" : ", " + p.locality())
                        + (p.childRef() == null ? "" : ", " + p.childRef())));
        model.addAttribute("leads", journeys.leads(area));
        return "journey/journey-start";
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/children/{id}/journeys")
    String start(AreaContext area, @PathVariable long id, @ModelAttribute("form") JourneyForms.Start form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        StartJourney start = form.read(errors);
        try {
            if (errors.isEmpty()) {
                journeys.start(area, id, start);
                redirect.addFlashAttribute("saved", "Journey started.");
                return "redirect:" + Pages.child(area, id);
            }
        } catch (InvalidInput e) {
            errors.addAll(e, c -> c);
        }
        errors.addTo(model);
        return newJourney(area, id, null, model);
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/journeys/{id}/discharge")
    String confirmDischarge(AreaContext area, @PathVariable long id, Model model) {
        Journey journey = journeys.one(area, id);
        model.addAttribute("journey", journey);
        model.addAttribute("child", children.one(area, journey.childId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", JourneyForms.DischargeForm.empty(Pages.today(clock)));
        }
        model.addAttribute("reasons", Pages.options(DischargeReason.class));
        return "journey/discharge";
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/journeys/{id}/discharge")
    String discharge(AreaContext area, @PathVariable long id, @ModelAttribute("form") JourneyForms.DischargeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Discharge discharge = form.read(errors);
        try {
            if (errors.isEmpty()) {
                journeys.discharge(area, id, discharge);
                redirect.addFlashAttribute("saved", "Child discharged.");
                return "redirect:" + Pages.child(area, journeys.one(area, id).childId());
            }
        } catch (InvalidInput e) {
            Pages.add(errors, e, "reason");
        }
        errors.addTo(model);
        return confirmDischarge(area, id, model);
    }
}
