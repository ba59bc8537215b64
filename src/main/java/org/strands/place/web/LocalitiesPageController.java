package org.strands.place.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.place.PlacePermissions;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/**
 * Localities: each ward has a text box naming its locality. Wards with the same name form one locality,
 * so renaming, merging and splitting are all done by editing names, with no JavaScript.
 */
@Controller
class LocalitiesPageController {

    private final Localities localities;

    LocalitiesPageController(Localities localities) {
        this.localities = localities;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/localities")
    String show(AreaContext area, Model model) {
        Map<String, String> localityOfWard = new LinkedHashMap<>();
        localities.of(area.area()).forEach(l -> l.wards().forEach(w -> localityOfWard.put(w.code(), l.name())));
        model.addAttribute("localities", localities.of(area.area()));
        model.addAttribute("wards", localities.wardsOf(area.area()));
        model.addAttribute("localityOfWard", localityOfWard);
        model.addAttribute("canEdit", area.may(PlacePermissions.EDIT_PLACES));
        return "place/localities";
    }

    @Requires(PlacePermissions.EDIT_PLACES)
    @PostMapping("/areas/{area}/localities")
    String regroup(AreaContext area, @ModelAttribute("form") LocalitiesCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Map<String, String> submitted = new LinkedHashMap<>();
        Map<String, String> typed = form.localityOfWard();
        for (Locality.Ward ward : localities.wardsOf(area.area())) {
            submitted.put(ward.code(), typed.getOrDefault(ward.code(), ""));
        }
        Map<String, List<String>> grouped = LocalitiesCommand.grouped(submitted);
        try {
            localities.regroup(area.area(), grouped.entrySet().stream()
                    .map(e -> new Localities.Grouping(e.getKey(), e.getValue())).toList());
        } catch (InvalidInput e) {
            List<String> firstWards = grouped.values().stream().map(List::getFirst).toList();
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> fieldOf(column, firstWards));
            errors.addTo(model);
            model.addAttribute("localities", localities.of(area.area()));
            model.addAttribute("wards", localities.wardsOf(area.area()));
            model.addAttribute("localityOfWard", submitted);
            model.addAttribute("canEdit", true);
            return "place/localities";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/areas/" + area.area().slug() + "/localities";
    }

    /** "Locality 2: name" is about the wards named for the second locality: the first of their boxes. */
    private static String fieldOf(String column, List<String> firstWards) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Locality (\\d+):.*").matcher(column);
        if (firstWards.isEmpty()) {
            return "wards";
        }
        int index = m.matches() ? Integer.parseInt(m.group(1)) - 1 : 0;
        return "ward-" + firstWards.get(Math.min(index, firstWards.size() - 1));
    }
}
