package org.strands.access.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.access.AccessPermissions;
import org.strands.access.DropInSession;
import org.strands.access.DropIns;
import org.strands.access.SessionPlan;
import org.strands.access.SessionRegister;
import org.strands.place.AreaPlaces;
import org.strands.platform.AreaContext;
import org.strands.platform.Dates;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** Drop-in sessions for the service: the list (or a practitioner's own), scheduling, one session with its register, moving and cancelling. */
@Controller
class SessionsPageController {

    private final DropIns dropIns;
    private final SessionRegister register;
    private final AreaPlaces places;
    private final Formats formats;

    SessionsPageController(DropIns dropIns, SessionRegister register, AreaPlaces places, Formats formats) {
        this.dropIns = dropIns;
        this.register = register;
        this.places = places;
        this.formats = formats;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/sessions")
    String sessions(AreaContext area, @RequestParam(required = false) Boolean mine, Model model) {
        boolean own = Boolean.TRUE.equals(mine);
        model.addAttribute("mine", own);
        List<DropInSession> sessions = own ? dropIns.ledBy(area.area(), area.username()) : dropIns.upcoming(area.area());
        model.addAttribute("sessions", sessions);
        model.addAttribute("ledBy", ledBy(area, sessions));
        model.addAttribute("formats", formats);
        return "access/sessions";
    }

    @Requires(AccessPermissions.SCHEDULE)
    @GetMapping("/areas/{area}/sessions/new")
    String newSession(AreaContext area, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SessionCommand.empty());
        }
        return form(area, model);
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PostMapping("/areas/{area}/sessions")
    String schedule(AreaContext area, @ModelAttribute("form") SessionCommand form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        SessionPlan plan = form.toPlan(errors);
        if (errors.isEmpty()) {
            try {
                List<DropInSession> made = dropIns.schedule(area.area(), plan, area.username());
                redirect.addFlashAttribute("scheduled", made.size());
                return "redirect:/areas/" + area.area().slug() + "/sessions/" + made.getFirst().id();
            } catch (InvalidInput e) {
                errors.addAll(e, field -> field.equals("date") ? "date" : field);
            }
        }
        errors.addTo(model);
        return form(area, model);
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/sessions/{id}")
    String session(AreaContext area, @PathVariable long id, Model model) {
        DropInSession session = dropIns.session(area.area(), id);
        model.addAttribute("dropIn", session);
        model.addAttribute("ledBy", ledBy(area, List.of(session)));
        if (area.may(AccessPermissions.RECORD)) {
            model.addAttribute("register", register.of(area.area(), id));
        }
        if (!model.containsAttribute("walkIn")) {
            model.addAttribute("walkIn", new RegisterPageController.WalkInCommand(null, null, null));
        }
        model.addAttribute("formats", formats);
        return "access/session";
    }

    @Requires(AccessPermissions.SCHEDULE)
    @GetMapping("/areas/{area}/sessions/{id}/move")
    String moveForm(AreaContext area, @PathVariable long id, Model model) {
        DropInSession session = dropIns.session(area.area(), id);
        LocalDate day = session.startsAt().atZone(Formats.LONDON).toLocalDate();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MoveCommand(String.valueOf(day.getDayOfMonth()), String.valueOf(day.getMonthValue()),
                    String.valueOf(day.getYear()), formats.time(session.startsAt()), formats.time(session.endsAt())));
        }
        model.addAttribute("dropIn", session);
        return "access/move";
    }

    record MoveCommand(String dateDay, String dateMonth, String dateYear, String starts, String ends) {
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PostMapping("/areas/{area}/sessions/{id}/move")
    String move(AreaContext area, @PathVariable long id, @ModelAttribute("form") MoveCommand form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate day = errors.date("date", form.dateDay(), form.dateMonth(), form.dateYear());
        LocalTime starts = errors.parse("starts", form.starts(), Dates::time);
        LocalTime ends = errors.parse("ends", form.ends(), Dates::time);
        if (errors.isEmpty()) {
            try {
                dropIns.move(area.area(), id, day, starts, ends, area.username());
                redirect.addFlashAttribute("moved", true);
                return "redirect:/areas/" + area.area().slug() + "/sessions/" + id;
            } catch (InvalidInput e) {
                errors.addAll(e, field -> field);
            }
        }
        errors.addTo(model);
        model.addAttribute("dropIn", dropIns.session(area.area(), id));
        return "access/move";
    }

    @Requires(AccessPermissions.SCHEDULE)
    @GetMapping("/areas/{area}/sessions/{id}/cancel")
    String confirmCancel(AreaContext area, @PathVariable long id, Model model) {
        model.addAttribute("dropIn", dropIns.session(area.area(), id));
        model.addAttribute("formats", formats);
        return "access/cancel";
    }

    @Requires(AccessPermissions.SCHEDULE)
    @PostMapping("/areas/{area}/sessions/{id}/cancel")
    String cancel(AreaContext area, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            dropIns.cancel(area.area(), id, reason, area.username());
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, field -> field);
            errors.addTo(model);
            model.addAttribute("reason", reason);
            return confirmCancel(area, id, model);
        }
        redirect.addFlashAttribute("cancelled", true);
        return "redirect:/areas/" + area.area().slug() + "/sessions/" + id;
    }

    /** Each session's leaders by name, for the tables. */
    private java.util.Map<Long, String> ledBy(AreaContext area, List<DropInSession> sessions) {
        java.util.Map<String, String> names = dropIns.possibleLeaders(area.area());
        return sessions.stream().collect(java.util.stream.Collectors.toMap(DropInSession::id,
                s -> String.join(", ", s.leaders().stream().map(l -> names.getOrDefault(l, l)).toList()), (a, b) -> a));
    }

    private String form(AreaContext area, Model model) {
        model.addAttribute("places", Options.of(places.settings(area.area(), AreaPlaces.SettingFilter.NONE).stream()
                .sorted(java.util.Comparator.comparing((org.strands.place.Setting s) -> !s.venue()).thenComparing(s -> s.name())).toList(),
                s -> s.ref(), s -> s.name() + (s.venue() ? " (" + s.type() + ")" : "")));
        model.addAttribute("leaderOptions", dropIns.possibleLeaders(area.area()));
        return "access/session-form";
    }
}
