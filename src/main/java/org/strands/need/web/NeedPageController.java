package org.strands.need.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.need.DotMap;
import org.strands.need.IdentificationGap;
import org.strands.need.NeedAgainstProvision;
import org.strands.need.NeedEstimates;
import org.strands.need.NeedModel;
import org.strands.need.NeedPermissions;
import org.strands.need.NeedRow;
import org.strands.need.SettingNeed;
import org.strands.need.WorkforceAllocation;
import org.strands.place.AgeShares;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.Numbers;

/** Where need is: totals by level, need by place as a chart and a table, and the model with its history. */
@Controller
class NeedPageController {

    private final NeedEstimates estimates;
    private final WorkforceAllocation workforce;
    private final NeedAgainstProvision againstProvision;
    private final IdentificationGap identification;

    NeedPageController(NeedEstimates estimates, WorkforceAllocation workforce,
            NeedAgainstProvision againstProvision, IdentificationGap identification) {
        this.estimates = estimates;
        this.workforce = workforce;
        this.againstProvision = againstProvision;
        this.identification = identification;
    }

    /** Need in each school and setting, on a dot map drawn from their coordinates and in a table. */
    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/need/settings")
    String settings(AreaContext area, Model model) {
        var settings = estimates.settings(area.area()).stream()
                .sorted(Comparator.comparing((SettingNeed s) -> s.targeted() == null ? -1 : s.targeted()).reversed()).toList();
        model.addAttribute("settings", settings);
        model.addAttribute("dotMap", DotMap.of(settings, 640));
        model.addAttribute("needModel", estimates.model(area.area()));
        return "need/settings";
    }

    /**
     * What-if: the workforce by role shared by need, beside an even spread and the current allocation, from a
     * form that works without JavaScript. Current FTE per locality comes as {@code current-<locality key>}.
     */
    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/need/workforce")
    String workforce(AreaContext area, @ModelAttribute("form") WorkforceCommand form, BindingResult binding, Model model) {
        String therapists = form.therapists() == null ? "40" : form.therapists();
        String assistants = form.assistants() == null ? "12" : form.assistants();
        String kText = form.k() == null ? String.valueOf(estimates.model(area.area()).specialistWeight()) : form.k();
        Map<String, String> currentText = form.currentByLocality();
        model.addAttribute("therapists", therapists);
        model.addAttribute("assistants", assistants);
        model.addAttribute("k", kText);
        model.addAttribute("currentText", currentText);
        model.addAttribute("localities", estimates.need(area.area(), "locality"));
        FormErrors errors = new FormErrors();
        Map<String, Double> roles = new LinkedHashMap<>();
        roles.put("Therapists", number(errors, "therapists", therapists));
        roles.put("Assistants", number(errors, "assistants", assistants));
        Double k = number(errors, "k", kText);
        Map<String, Double> current = new LinkedHashMap<>();
        currentText.forEach((key, value) -> current.put(key, number(errors, "current-" + key, value)));
        if (errors.isEmpty()) {
            try {
                model.addAttribute("allocation", workforce.allocate(area.area(), null, roles, k, current));
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        return "need/workforce";
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/need")
    String need(AreaContext area, @RequestParam(defaultValue = "locality") String by, @RequestParam(required = false) String ageBand,
            Model model) {
        String grouping = List.of("ward", "locality", "small-area").contains(by) ? by : "locality";
        AgeShares.Band band;
        List<NeedRow> rows;
        try {
            band = NeedEstimates.band(ageBand);
            rows = estimates.need(area.area(), grouping, band);
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            band = AgeShares.Band.ALL;
            rows = estimates.need(area.area(), grouping);
        }
        model.addAttribute("band", band);
        model.addAttribute("bands", AgeShares.Band.values());
        model.addAttribute("by", grouping);
        // the area total is the sum of its parts, which the rows already hold
        model.addAttribute("total", new NeedRow(area.area().slug(), area.area().name(),
                rows.stream().mapToDouble(NeedRow::children).sum(), rows.stream().mapToDouble(NeedRow::universal).sum(),
                rows.stream().mapToDouble(NeedRow::targeted).sum(), rows.stream().mapToDouble(NeedRow::specialist).sum()));
        model.addAttribute("rows", rows);
        model.addAttribute("chart", rows.stream().sorted(Comparator.comparingDouble(NeedRow::targeted).reversed()).limit(20).toList());
        model.addAttribute("maxTargeted", rows.stream().mapToDouble(NeedRow::targeted).max().orElse(1));
        model.addAttribute("needModel", estimates.model(area.area()));
        model.addAttribute("history", estimates.history(area.area()));
        model.addAttribute("sources", NeedEstimates.SOURCES);
        model.addAttribute("canEdit", area.may(NeedPermissions.EDIT_MODEL));
        model.addAttribute("gaps", againstProvision.gaps(area.area()).stream().limit(10).toList());
        model.addAttribute("identification", identification.of(area.area()));
        model.addAttribute("identificationSources", IdentificationGap.SOURCES);
        return "need/need";
    }

    @Requires(NeedPermissions.EDIT_MODEL)
    @PostMapping("/areas/{area}/need/model")
    String change(AreaContext area, @ModelAttribute("modelForm") NeedModelCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Double targeted = number(errors, "targetedRate", form.targetedRate());
        Double multiplier = number(errors, "deprivationMultiplier", form.deprivationMultiplier());
        Double specialist = number(errors, "specialistRate", form.specialistRate());
        Double weight = number(errors, "specialistWeight", form.specialistWeight());
        if (errors.isEmpty()) {
            try {
                estimates.change(area.area(), new NeedModel(targeted, multiplier, specialist, weight), area.username());
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        if (!errors.isEmpty()) {
            String page = need(area, "locality", null, model);
            errors.addTo(model);
            return page;
        }
        redirect.addFlashAttribute("saved", "Model changed: every figure now follows it.");
        return "redirect:/areas/" + area.area().slug() + "/need";
    }

    /** The number typed in a field, or null with the reason beside the field (a blank field is refused too). */
    private static Double number(FormErrors errors, String field, String text) {
        java.math.BigDecimal value = errors.parse(field, text, Numbers::decimal);
        if (value == null && !errors.byField().containsKey(field)) {
            errors.add(field, "Enter a number, such as 0.1.");
        }
        return value == null ? null : value.doubleValue();
    }
}
