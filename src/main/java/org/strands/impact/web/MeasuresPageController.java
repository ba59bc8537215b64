package org.strands.impact.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.framework.OutcomeCode;
import org.strands.impact.ImpactMeasures;
import org.strands.impact.ImpactPermissions;
import org.strands.platform.AreaContext;
import org.strands.platform.Confirmation;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.Requires;

/** What could be measured for each outcome cell, the measures the area has chosen, and adding and removing them. */
@Controller
class MeasuresPageController {

    /** The add form as entered. */
    record MeasureCommand(String outcome, String measure) {
    }

    /** One outcome cell: its code and name, our ideas for what to measure, and the measures chosen. */
    record Cell(String code, String name, List<String> ideas, List<ImpactMeasures.Measure> chosen) {
    }

    private final ImpactMeasures measures;

    MeasuresPageController(ImpactMeasures measures) {
        this.measures = measures;
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/areas/{area}/impact/measures")
    String page(AreaContext area, Model model) {
        Map<String, List<ImpactMeasures.Measure>> chosen = measures.chosen(area.area()).stream()
                .collect(Collectors.groupingBy(ImpactMeasures.Measure::outcomeCode));
        model.addAttribute("cells", OutcomeCode.ALL.stream().map(o -> new Cell(o.code(), name(o),
                List.of(Copy.of("impact.idea." + o.code()).split("\\|")), chosen.getOrDefault(o.code(), List.of()))).toList());
        model.addAttribute("outcomes", Options.of(OutcomeCode.ALL, OutcomeCode::code, o -> o.code() + ": " + name(o)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MeasureCommand(null, null));
        }
        return "impact/measures";
    }

    @Requires(ImpactPermissions.CHOOSE_MEASURES)
    @PostMapping("/areas/{area}/impact/measures")
    String add(AreaContext area, @ModelAttribute("form") MeasureCommand form, Model model, RedirectAttributes redirect) {
        try {
            measures.choose(area.area(), form.outcome(), form.measure(), area.username());
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, field -> field);
            errors.addTo(model);
            return page(area, model);
        }
        redirect.addFlashAttribute("saved", Copy.of("impact.measures.added"));
        return "redirect:/areas/" + area.area().slug() + "/impact/measures";
    }

    @Requires(ImpactPermissions.CHOOSE_MEASURES)
    @GetMapping("/areas/{area}/impact/measures/{id}/remove")
    String confirmRemove(AreaContext area, @PathVariable long id, Model model) {
        ImpactMeasures.Measure m = measures.one(area.area(), id);
        String base = "/areas/" + area.area().slug() + "/impact/measures";
        return Confirmation.page(model, Copy.of("impact.measures.confirmTitle"), Copy.of("impact.measures.confirmQuestion", m.measure(),
                m.outcomeCode() + " " + OutcomeCode.parse(m.outcomeCode()).map(MeasuresPageController::name).orElse("")),
                Copy.of("impact.measures.confirmDetail"), base + "/" + id + "/remove", Copy.of("impact.measures.confirmButton"), base);
    }

    @Requires(ImpactPermissions.CHOOSE_MEASURES)
    @PostMapping("/areas/{area}/impact/measures/{id}/remove")
    String remove(AreaContext area, @PathVariable long id, RedirectAttributes redirect) {
        measures.remove(area.area(), id, area.username());
        redirect.addFlashAttribute("saved", Copy.of("impact.measures.removed"));
        return "redirect:/areas/" + area.area().slug() + "/impact/measures";
    }

    private static String name(OutcomeCode o) {
        return o.strand().label() + ", " + o.level().label().toLowerCase(Copy.LOCALE);
    }
}
