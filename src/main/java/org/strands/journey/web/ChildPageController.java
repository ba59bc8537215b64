package org.strands.journey.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.journey.ChildRecord;
import org.strands.journey.ChildRecords;
import org.strands.journey.Children;
import org.strands.journey.ConsentChannel;
import org.strands.journey.ConsentPurpose;
import org.strands.journey.Goals;
import org.strands.journey.JourneyPermissions;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.People;
import org.strands.provision.Choice;
import org.strands.platform.Requires;

/** A child's page: their details, consents, and each journey's plan, goals, T-scores, ratings, family answers and discharge. */
@Controller
class ChildPageController {

    private final ChildRecords records;
    private final Children children;
    private final People people;

    ChildPageController(ChildRecords records, Children children, People people) {
        this.records = records;
        this.children = children;
        this.people = people;
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/children/{id}")
    String one(AreaContext area, @PathVariable long id, Model model) {
        ChildRecord record = records.of(area, id);
        model.addAttribute("record", record);
        model.addAttribute("child", record.child());
        String ref = record.child().settingRef();
        model.addAttribute("settingName", ref == null ? null : children.settings(area.area()).stream().filter(s -> s.ref().equals(ref))
                .map(s -> s.name() + " (" + ref + ")").findFirst().orElse(ref));
        model.addAttribute("leads", record.journeys().stream().map(j -> j.journey().lead()).distinct()
                .collect(java.util.stream.Collectors.toMap(u -> u, u -> people.find(u).map(People.Person::displayName).orElse(u))));
        model.addAttribute("charts", record.journeys().stream()
                .collect(java.util.stream.Collectors.toMap(j -> j.journey().id(), j -> TScoreChart.of(j.reviews()))));
        model.addAttribute("scoreWords", Goals.SCORE_WORDS);
        java.util.Map<Integer, String> labels = new java.util.LinkedHashMap<>();
        for (int s = -2; s <= 2; s++) {
            labels.put(s, Goals.scoreInWords(s));
        }
        model.addAttribute("scoreLabels", labels);
        return "journey/child";
    }

    @Requires(JourneyPermissions.RECORD)
    @GetMapping("/areas/{area}/children/{id}/consents/new")
    String newConsent(AreaContext area, @PathVariable long id, Model model) {
        model.addAttribute("child", children.one(area, id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ConsentForm.empty());
        }
        model.addAttribute("purposes", Pages.options(ConsentPurpose.class));
        model.addAttribute("wordsShown", java.util.Arrays.stream(ConsentPurpose.values()).toList());
        model.addAttribute("channels", Pages.options(ConsentChannel.class));
        model.addAttribute("answers", java.util.Map.of("yes", "Yes, the family agreed", "no", "No, the family did not agree or withdrew consent"));
        return "journey/consent-form";
    }

    @Requires(JourneyPermissions.RECORD)
    @PostMapping("/areas/{area}/children/{id}/consents")
    String consent(AreaContext area, @PathVariable long id, @ModelAttribute("form") ConsentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        try {
            Boolean given = "yes".equals(form.given()) ? Boolean.TRUE : "no".equals(form.given()) ? Boolean.FALSE : null;
            children.recordConsent(area, id, Choice.parse(ConsentPurpose.class, form.purpose()).orElse(null), given,
                    Choice.parse(ConsentChannel.class, form.channel()).orElse(null));
            redirect.addFlashAttribute("saved", "Consent recorded.");
            return "redirect:" + Pages.child(area, id) + "#consents";
        } catch (InvalidInput e) {
            errors.addAll(e, c -> c);
        }
        errors.addTo(model);
        return newConsent(area, id, model);
    }
}
