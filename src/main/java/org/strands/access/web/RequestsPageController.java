package org.strands.access.web;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.strands.access.Attendance;
import org.strands.access.RequestStatus;
import org.strands.access.Route;
import org.strands.access.SupportRequest;
import org.strands.access.SupportRequests;
import org.strands.access.WaitBand;
import org.strands.access.WaitingList;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.Requires;
import org.strands.provision.Choice;

/** The waiting list in bands, recording a request, and a request's milestones, appointments and closing. */
@Controller
class RequestsPageController {

    private final SupportRequests requests;
    private final Localities localities;
    private final java.time.Clock clock;

    RequestsPageController(SupportRequests requests, Localities localities, java.time.Clock clock) {
        this.requests = requests;
        this.localities = localities;
        this.clock = clock;
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/areas/{area}/requests")
    String list(AreaContext area, @RequestParam(required = false) String route, @RequestParam(required = false) String locality,
            @RequestParam(required = false) String status, Model model) {
        RequestStatus s = status == null ? RequestStatus.WAITING : Choice.parse(RequestStatus.class, status).orElse(null);
        Route r = Choice.parse(Route.class, route).orElse(null);
        WaitingList list = requests.waitingList(area.area(), new WaitingList.Filter(r, locality, s));
        model.addAttribute("list", list);
        model.addAttribute("bands", WaitBand.values());
        model.addAttribute("route", r == null ? "" : r.name());
        model.addAttribute("locality", locality == null ? "" : locality);
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("limit", SupportRequests.LIST_LIMIT);
        return choices(area, model, "access/requests");
    }

    @Requires(AccessPermissions.RECORD)
    @GetMapping("/areas/{area}/requests/new")
    String newRequest(AreaContext area, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RequestForms.NewRequest.empty(today()));
        }
        return choices(area, model, "access/request-new");
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/requests")
    String record(AreaContext area, @ModelAttribute("form") RequestForms.NewRequest form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        SupportRequest.NewRequest request = form.read(errors);
        try {
            if (errors.isEmpty()) {
                SupportRequest saved = requests.record(area.area(), request, area.username());
                redirect.addFlashAttribute("saved", "Request recorded.");
                return "redirect:" + base(area) + "/" + saved.id();
            }
            if (request.route() != null && request.receivedOn() != null) {
                requests.check(area.area(), request);
            }
        } catch (InvalidInput e) {
            errors.addAll(e, RequestsPageController::field);
        }
        errors.addTo(model);
        return newRequest(area, model);
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/areas/{area}/requests/{id}")
    String one(AreaContext area, @PathVariable long id, Model model) {
        SupportRequest request = requests.one(area.area(), id);
        model.addAttribute("request", request);
        if (!model.containsAttribute("milestones")) {
            model.addAttribute("milestones", RequestForms.Milestones.of(request));
        }
        if (!model.containsAttribute("appointment")) {
            model.addAttribute("appointment", RequestForms.Appointment.empty());
        }
        model.addAttribute("attendances", Options.of(java.util.List.of(Attendance.values()), Attendance::name, Attendance::label));
        model.addAttribute("canRecord", area.may(AccessPermissions.RECORD));
        return "access/request";
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/requests/{id}/milestones")
    String milestones(AreaContext area, @PathVariable long id, @ModelAttribute("milestones") RequestForms.Milestones form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        SupportRequest.Milestones m = form.read(errors);
        try {
            if (errors.isEmpty()) {
                requests.changeMilestones(area.area(), id, m, area.username());
                redirect.addFlashAttribute("saved", "Milestones saved.");
                return "redirect:" + base(area) + "/" + id;
            }
        } catch (InvalidInput e) {
            errors.addAll(e, RequestsPageController::field);
        }
        errors.addTo(model);
        return one(area, id, model);
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/requests/{id}/appointments")
    String appointment(AreaContext area, @PathVariable long id, @ModelAttribute("appointment") RequestForms.Appointment form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate on = form.onDate(errors);
        Attendance attendance = form.attendance(errors);
        try {
            if (errors.isEmpty()) {
                requests.addAppointment(area.area(), id, on, attendance, form.note(), area.username());
                redirect.addFlashAttribute("saved", "Appointment recorded.");
                return "redirect:" + base(area) + "/" + id;
            }
        } catch (InvalidInput e) {
            errors.addAll(e, RequestsPageController::field);
        }
        errors.addTo(model);
        return one(area, id, model);
    }

    /** Closing asks on a page of its own: the day and the reason, and a warning that the child stops waiting. */
    @Requires(AccessPermissions.RECORD)
    @GetMapping("/areas/{area}/requests/{id}/close")
    String confirmClose(AreaContext area, @PathVariable long id, Model model) {
        model.addAttribute("request", requests.one(area.area(), id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RequestForms.Close.empty(today()));
        }
        return "access/request-close";
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/requests/{id}/close")
    String close(AreaContext area, @PathVariable long id, @ModelAttribute("form") RequestForms.Close form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate on = form.closedOn(errors);
        try {
            if (errors.isEmpty()) {
                requests.close(area.area(), id, on, form.reason(), area.username());
                redirect.addFlashAttribute("saved", "Request closed.");
                return "redirect:" + base(area) + "/" + id;
            }
        } catch (InvalidInput e) {
            errors.addAll(e, RequestsPageController::field);
        }
        errors.addTo(model);
        return confirmClose(area, id, model);
    }

    private String choices(AreaContext area, Model model, String view) {
        model.addAttribute("routes", Options.of(java.util.List.of(Route.values()), Route::name, Route::label));
        model.addAttribute("statuses", Options.of(java.util.List.of(RequestStatus.values()), RequestStatus::name, RequestStatus::label));
        model.addAttribute("localities", Options.of(localities.of(area.area()).stream().map(Locality::name).toList()));
        model.addAttribute("canRecord", area.may(AccessPermissions.RECORD));
        return view;
    }

    /** The id of the field an error names: a date's summary link goes to its day box. */
    static String field(String column) {
        return column;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    private static String base(AreaContext area) {
        return "/areas/" + area.area().slug() + "/requests";
    }
}
