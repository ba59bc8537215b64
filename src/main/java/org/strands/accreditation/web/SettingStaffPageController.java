package org.strands.accreditation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.SettingStaff;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaMembers;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;
import org.strands.platform.Role;

/**
 * Which members with the school or setting staff role work in which of the area's schools and settings: tying one to a
 * setting, and untying them after a confirmation page of its own.
 */
@Controller
class SettingStaffPageController {

    /** A person and a setting to tie, as chosen. */
    record TieForm(String person, String setting) {
    }

    private final SettingStaff staff;
    private final AreaMembers members;
    private final AreaPlaces places;

    SettingStaffPageController(SettingStaff staff, AreaMembers members, AreaPlaces places) {
        this.staff = staff;
        this.members = members;
        this.places = places;
    }

    @Requires(AccreditationPermissions.RUN)
    @GetMapping("/areas/{area}/scheme/staff")
    String list(AreaContext area, Model model) {
        model.addAttribute("form", new TieForm("", ""));
        return page(area, model);
    }

    @Requires(AccreditationPermissions.RUN)
    @PostMapping("/areas/{area}/scheme/staff")
    String tie(AreaContext area, @ModelAttribute("form") TieForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (blank(form.person())) {
            errors.add("person", Copy.of("accreditation.area.staff.personMissing"));
        }
        if (blank(form.setting())) {
            errors.add("setting", Copy.of("accreditation.area.staff.settingMissing"));
        }
        if (errors.isEmpty()) {
            try {
                staff.tie(area.area(), form.person().strip(), form.setting().strip(), area.username());
                redirect.addFlashAttribute("saved", Copy.of("accreditation.area.staff.tied", people(area).getOrDefault(form.person().strip(),
                        form.person()), settings(area).get(form.setting().strip()).name()));
                return "redirect:/areas/" + area.area().slug() + "/scheme/staff";
            } catch (InvalidInput e) {
                errors.addAll(e, field -> field);
            }
        }
        errors.addTo(model);
        return page(area, model);
    }

    @Requires(AccreditationPermissions.RUN)
    @GetMapping("/areas/{area}/scheme/staff/remove")
    String confirmRemove(AreaContext area, @RequestParam(required = false) String username, @RequestParam(required = false) String ref,
            Model model) {
        SettingStaff.Tie tie = tie(area, username, ref);
        if (tie == null) {
            return "redirect:/areas/" + area.area().slug() + "/scheme/staff";
        }
        model.addAttribute("tie", tie);
        model.addAttribute("settingName", settings(area).get(tie.settingRef()).name());
        return "accreditation/staff-remove";
    }

    @Requires(AccreditationPermissions.RUN)
    @PostMapping("/areas/{area}/scheme/staff/remove")
    String remove(AreaContext area, @RequestParam(required = false) String username, @RequestParam(required = false) String ref,
            RedirectAttributes redirect) {
        SettingStaff.Tie tie = tie(area, username, ref);
        if (tie != null) {
            staff.untie(area.area(), tie.username(), tie.settingRef(), area.username());
            redirect.addFlashAttribute("saved", Copy.of("accreditation.area.staff.untied", tie.displayName(),
                    settings(area).get(tie.settingRef()).name()));
        }
        return "redirect:/areas/" + area.area().slug() + "/scheme/staff";
    }

    /** The tie named, if there is one. */
    private SettingStaff.Tie tie(AreaContext area, String username, String ref) {
        if (blank(username) || blank(ref)) {
            return null;
        }
        return staff.ties(area.area()).stream().filter(t -> t.username().equals(username) && t.settingRef().equals(ref)).findFirst()
                .filter(t -> settings(area).containsKey(t.settingRef())).orElse(null);
    }

    private String page(AreaContext area, Model model) {
        Map<String, Setting> settings = settings(area);
        model.addAttribute("ties", staff.ties(area.area()));
        model.addAttribute("settingNames", settings.values().stream().collect(Collectors.toMap(Setting::ref, Setting::name)));
        Map<String, String> people = new LinkedHashMap<>();
        members.of(area.areaId()).stream().filter(m -> m.roles().contains(Role.SETTING_STAFF))
                .sorted(Comparator.comparing(m -> m.displayName().toLowerCase(java.util.Locale.UK)))
                .forEach(m -> people.put(m.username(), m.displayName() + " (" + m.username() + ")"));
        model.addAttribute("personOptions", people);
        Map<String, String> options = new LinkedHashMap<>();
        settings.values().stream().sorted(Comparator.comparing(s -> s.name().toLowerCase(java.util.Locale.UK)))
                .forEach(s -> options.put(s.ref(), s.name()));
        model.addAttribute("settingOptions", options);
        return "accreditation/staff-list";
    }

    private Map<String, String> people(AreaContext area) {
        return members.names(area.areaId());
    }

    private Map<String, Setting> settings(AreaContext area) {
        return places.settings(area.area(), AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue())
                .collect(Collectors.toMap(Setting::ref, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
