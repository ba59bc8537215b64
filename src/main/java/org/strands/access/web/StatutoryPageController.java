package org.strands.access.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.access.AccessPermissions;
import org.strands.access.ClockKind;
import org.strands.access.ClockStatus;
import org.strands.access.StatutoryClock;
import org.strands.access.StatutoryClocks;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import org.strands.platform.Options;
import org.strands.platform.Requires;
import org.strands.provision.Choice;

/** The statutory clocks by where they stand, starting one, recording one met or an exception, and the area's standard. */
@Controller
class StatutoryPageController {

    record NewClock(String kind, String childRef, String startedOnDay, String startedOnMonth, String startedOnYear) {
    }

    record Met(String metOnDay, String metOnMonth, String metOnYear) {
    }

    record Exception(String reason) {
    }

    record Settings(String planTherapyWeeks) {
    }

    private static final List<ClockStatus> VIEWS = List.of(ClockStatus.DUE, ClockStatus.OVERDUE, ClockStatus.MET, ClockStatus.MISSED,
            ClockStatus.EXCEPTION, ClockStatus.RUNNING);

    private final StatutoryClocks clocks;

    StatutoryPageController(StatutoryClocks clocks) {
        this.clocks = clocks;
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/areas/{area}/statutory")
    String list(AreaContext area, @RequestParam(required = false) String status, Model model) {
        ClockStatus view = Choice.parse(ClockStatus.class, status).orElse(ClockStatus.DUE);
        List<StatutoryClock> all = clocks.list(area.area(), null);
        model.addAttribute("views", VIEWS);
        model.addAttribute("view", view);
        model.addAttribute("counts", VIEWS.stream().collect(java.util.stream.Collectors.toMap(v -> v,
                v -> all.stream().filter(c -> c.status() == v).count())));
        model.addAttribute("clocks", all.stream().filter(c -> c.status() == view).toList());
        model.addAttribute("onTime", clocks.lastTwelveMonths(area.area()));
        model.addAttribute("planWeeks", clocks.planTherapyWeeks(area.area()));
        model.addAttribute("kinds", Options.of(List.of(ClockKind.values()), ClockKind::name, ClockKind::label));
        model.addAttribute("canRecord", area.may(AccessPermissions.RECORD));
        model.addAttribute("canSchedule", area.may(AccessPermissions.SCHEDULE));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewClock(null, null, null, null, null));
        }
        return "access/statutory";
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/statutory")
    String start(AreaContext area, @ModelAttribute("form") NewClock form, BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate started = errors.date("startedOn", form.startedOnDay(), form.startedOnMonth(), form.startedOnYear());
        try {
            if (errors.isEmpty()) {
                StatutoryClock c = clocks.start(area.area(), new StatutoryClock.NewClock(Choice.parse(ClockKind.class, form.kind()).orElse(null),
                        form.childRef(), null, started), area.username());
                redirect.addFlashAttribute("saved", "Clock started.");
                return "redirect:/areas/" + area.area().slug() + "/statutory/" + c.id();
            }
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        return list(area, null, model);
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/areas/{area}/statutory/{id}")
    String one(AreaContext area, @PathVariable long id, Model model) {
        model.addAttribute("clock", clocks.one(area.area(), id));
        model.addAttribute("canRecord", area.may(AccessPermissions.RECORD));
        if (!model.containsAttribute("met")) {
            model.addAttribute("met", new Met(null, null, null));
        }
        if (!model.containsAttribute("exception")) {
            model.addAttribute("exception", new Exception(null));
        }
        return "access/statutory-clock";
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/statutory/{id}/met")
    String met(AreaContext area, @PathVariable long id, @ModelAttribute("met") Met form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate on = errors.date("metOn", form.metOnDay(), form.metOnMonth(), form.metOnYear());
        try {
            if (errors.isEmpty()) {
                clocks.met(area.area(), id, on, area.username());
                redirect.addFlashAttribute("saved", "Recorded as met.");
                return "redirect:/areas/" + area.area().slug() + "/statutory/" + id;
            }
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        return one(area, id, model);
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/statutory/{id}/exception")
    String exception(AreaContext area, @PathVariable long id, @ModelAttribute("exception") Exception form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        try {
            clocks.exception(area.area(), id, form.reason(), area.username());
            redirect.addFlashAttribute("saved", "Exception recorded.");
            return "redirect:/areas/" + area.area().slug() + "/statutory/" + id;
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        return one(area, id, model);
    }

    @Requires(AccessPermissions.SCHEDULE)
    @GetMapping("/areas/{area}/statutory/settings")
    String settings(AreaContext area, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Settings(String.valueOf(clocks.planTherapyWeeks(area.area()))));
        }
        return "access/statutory-settings";
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PostMapping("/areas/{area}/statutory/settings")
    String saveSettings(AreaContext area, @ModelAttribute("form") Settings form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Long weeks = errors.parse("planTherapyWeeks", form.planTherapyWeeks(), Numbers::whole);
        try {
            if (errors.isEmpty()) {
                clocks.setPlanTherapyWeeks(area.area(), weeks == null || weeks > 52 ? null : weeks.intValue(), area.username());
                redirect.addFlashAttribute("saved", "Standard saved.");
                return "redirect:/areas/" + area.area().slug() + "/statutory";
            }
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        return settings(area, model);
    }
}
