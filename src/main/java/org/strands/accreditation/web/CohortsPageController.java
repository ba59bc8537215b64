package org.strands.accreditation.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Cohort;
import org.strands.accreditation.Cohorts;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Enrolments;
import org.strands.accreditation.SchemeStatus;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.AreaContext;
import org.strands.platform.Conflict;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/**
 * The area's cohorts: opening one, the settings in each with where they are, bringing a school or setting in with a
 * mentor, and changing a setting's mentor.
 */
@Controller
class CohortsPageController {

    /** The new cohort as typed. */
    record CohortForm(String name, String startsOnDay, String startsOnMonth, String startsOnYear) {
    }

    /** A school or setting to bring in, chosen from the list or by its URN, with its mentor. */
    record JoinForm(String setting, String urn, String mentor) {
    }

    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final AreaPlaces places;
    private final Formats formats;

    CohortsPageController(Cohorts cohorts, Enrolments enrolments, AreaPlaces places, Formats formats) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.places = places;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.REPORT)
    @GetMapping("/areas/{area}/scheme/cohorts")
    String list(AreaContext area, Model model) {
        model.addAttribute("cohorts", cohorts.of(area.area()));
        model.addAttribute("formats", formats);
        return "accreditation/cohort-list";
    }

    @Requires(AccreditationPermissions.RUN)
    @GetMapping("/areas/{area}/scheme/cohorts/new")
    String newCohort(AreaContext area, Model model) {
        model.addAttribute("form", new CohortForm("", "", "", ""));
        return "accreditation/cohort-new";
    }

    @Requires(AccreditationPermissions.RUN)
    @PostMapping("/areas/{area}/scheme/cohorts/new")
    String open(AreaContext area, @ModelAttribute("form") CohortForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (form.name() == null || form.name().isBlank()) {
            errors.add("name", Copy.of("accreditation.area.cohort.nameMissing"));
        }
        LocalDate startsOn = errors.date("startsOn", form.startsOnDay(), form.startsOnMonth(), form.startsOnYear());
        if (errors.isEmpty()) {
            try {
                Cohort cohort = cohorts.open(area.area(), form.name(), startsOn, area.username());
                redirect.addFlashAttribute("saved", Copy.of("accreditation.area.cohort.opened", cohort.name()));
                return "redirect:/areas/" + area.area().slug() + "/scheme/cohorts/" + cohort.id();
            } catch (InvalidInput e) {
                errors.addAll(e, field -> field);
            }
        }
        errors.addTo(model);
        return "accreditation/cohort-new";
    }

    @Requires(AccreditationPermissions.REPORT)
    @GetMapping("/areas/{area}/scheme/cohorts/{id}")
    String one(AreaContext area, @PathVariable long id, Model model) {
        model.addAttribute("form", new JoinForm("", "", ""));
        return page(area, cohorts.cohort(area.area(), id), model);
    }

    @Requires(AccreditationPermissions.RUN)
    @PostMapping("/areas/{area}/scheme/cohorts/{id}/settings")
    String join(AreaContext area, @PathVariable long id, @ModelAttribute("form") JoinForm form, Model model, RedirectAttributes redirect) {
        Cohort cohort = cohorts.cohort(area.area(), id);
        FormErrors errors = new FormErrors();
        String ref = chosen(area, form, errors);
        if (errors.isEmpty()) {
            try {
                Enrolment joined = cohorts.join(area.area(), id, ref, form.mentor(), area.username());
                redirect.addFlashAttribute("saved", Copy.of("accreditation.area.cohort.joined", joined.setting(), cohort.name()));
                return "redirect:/areas/" + area.area().slug() + "/scheme/cohorts/" + id;
            } catch (InvalidInput e) {
                errors.addAll(e, field -> "setting".equals(field) && blank(form.setting()) ? "urn" : field);
            } catch (Conflict e) {
                errors.add(blank(form.setting()) ? "urn" : "setting", e.getMessage());
            }
        }
        errors.addTo(model);
        return page(area, cohort, model);
    }

    @Requires(AccreditationPermissions.RUN)
    @PostMapping("/areas/{area}/scheme/cohorts/{id}/settings/{enrolment}/mentor")
    String mentor(AreaContext area, @PathVariable long id, @PathVariable long enrolment, @RequestParam(required = false) String mentor,
            Model model, RedirectAttributes redirect) {
        Cohort cohort = cohorts.cohort(area.area(), id);
        Enrolment journey = enrolments.inCohort(area.area(), id).stream().filter(e -> e.id() == enrolment).findFirst()
                .orElseThrow(() -> new org.strands.platform.NotFound(Copy.of("accreditation.area.cohort.noSuchSetting", cohort.name())));
        FormErrors errors = new FormErrors();
        String field = "mentor-" + journey.id();
        if (blank(mentor)) {
            errors.add(field, Copy.of("accreditation.area.cohort.mentorMissing"));
        } else {
            try {
                Enrolment changed = cohorts.assignMentor(area.area(), journey.id(), mentor, area.username());
                redirect.addFlashAttribute("saved", Copy.of("accreditation.area.cohort.mentorChanged", changed.setting(), changed.mentorName()));
                return "redirect:/areas/" + area.area().slug() + "/scheme/cohorts/" + id;
            } catch (InvalidInput e) {
                errors.addAll(e, f -> field);
            }
        }
        errors.addTo(model);
        model.addAttribute("form", new JoinForm("", "", ""));
        model.addAttribute("openMentor", journey.id());
        return page(area, cohort, model);
    }

    /** The ref of the school or setting chosen from the list, or found by the URN typed. */
    private String chosen(AreaContext area, JoinForm form, FormErrors errors) {
        if (!blank(form.setting())) {
            return form.setting().strip();
        }
        if (blank(form.urn())) {
            errors.add("setting", Copy.of("accreditation.area.cohort.settingMissing"));
            return null;
        }
        String urn = form.urn().strip();
        return places.settings(area.area(), AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> !s.venue() && String.valueOf(s.urn()).equals(urn)).map(Setting::ref).findFirst()
                .orElseGet(() -> {
                    errors.add("urn", Copy.of("accreditation.area.cohort.urnUnknown", area.area().name()));
                    return null;
                });
    }

    private String page(AreaContext area, Cohort cohort, Model model) {
        List<Enrolment> settings = enrolments.inCohort(area.area(), cohort.id()).stream()
                .sorted(Comparator.comparing(e -> e.setting().toLowerCase(java.util.Locale.UK))).toList();
        model.addAttribute("cohort", cohort);
        model.addAttribute("settings", settings);
        model.addAttribute("tags", SchemePageController.tags());
        Map<String, String> mentors = new LinkedHashMap<>();
        cohorts.mentors(area.area()).forEach(m -> mentors.put(m.username(), m.displayName()));
        model.addAttribute("mentorOptions", mentors);
        if (area.may(AccreditationPermissions.RUN)) {
            // schools and settings not on a journey now (never joined, or their award has lapsed)
            Set<String> onAJourney = enrolments.current(area.area()).stream()
                    .filter(e -> e.status() != SchemeStatus.LAPSED).map(Enrolment::settingRef).collect(Collectors.toSet());
            Map<String, String> free = new LinkedHashMap<>();
            places.settings(area.area(), AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue() && !onAJourney.contains(s.ref()))
                    .sorted(Comparator.comparing(s -> s.name().toLowerCase(java.util.Locale.UK)))
                    .forEach(s -> free.put(s.ref(), s.phase() == null ? s.name() : s.name() + " (" + s.phase() + ")"));
            model.addAttribute("settingOptions", free);
        }
        model.addAttribute("formats", formats);
        return "accreditation/cohort-one";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
