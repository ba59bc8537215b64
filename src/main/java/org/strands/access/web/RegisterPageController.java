package org.strands.access.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.access.AccessPermissions;
import org.strands.access.Concern;
import org.strands.access.ContactDetails;
import org.strands.access.ContactOutcome;
import org.strands.access.Contacts;
import org.strands.access.DropIns;
import org.strands.access.RegisterEntry;
import org.strands.access.Route;
import org.strands.access.SessionRegister;
import org.strands.place.AreaPlaces;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import org.strands.platform.Options;
import org.strands.platform.Requires;
import org.strands.provision.Choice;

/** A practitioner on the day: marking who came, adding families who walk in, and recording each contact. */
@Controller
class RegisterPageController {

    record WalkInCommand(String name, String childAgeYears, String concern) {
    }

    private final SessionRegister register;
    private final Contacts contacts;
    private final DropIns dropIns;
    private final AreaPlaces places;
    private final java.time.Clock clock;

    RegisterPageController(SessionRegister register, Contacts contacts, DropIns dropIns, AreaPlaces places, java.time.Clock clock) {
        this.register = register;
        this.contacts = contacts;
        this.dropIns = dropIns;
        this.places = places;
        this.clock = clock;
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/sessions/{id}/register/{booking}")
    String mark(AreaContext area, @PathVariable long id, @PathVariable UUID booking, @RequestParam(required = false) String attendance,
            RedirectAttributes redirect) {
        RegisterEntry.Attendance mark = "ATTENDED".equals(attendance) ? RegisterEntry.Attendance.ATTENDED
                : "DID_NOT_ATTEND".equals(attendance) ? RegisterEntry.Attendance.DID_NOT_ATTEND : null;
        register.mark(area.area(), id, booking, mark, area.username());
        redirect.addFlashAttribute("marked", true);
        return "redirect:/areas/" + area.area().slug() + "/sessions/" + id + "#register";
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/sessions/{id}/walk-ins")
    String walkIn(AreaContext area, @PathVariable long id, @ModelAttribute("walkIn") WalkInCommand form, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer age = errors.parse("walkInAge", form.childAgeYears(), Numbers::wholeInt);
        if (errors.isEmpty()) {
            try {
                register.walkIn(area.area(), id, form.name(), age, form.concern(), area.username());
                redirect.addFlashAttribute("walkedIn", true);
                return "redirect:/areas/" + area.area().slug() + "/sessions/" + id + "#register";
            } catch (InvalidInput e) {
                errors.addAll(e, field -> switch (field) {
                    case "name" -> "walkInName";
                    case "childAgeYears" -> "walkInAge";
                    default -> "walkInConcern";
                });
            }
        }
        redirect.addFlashAttribute("walkIn", form);
        redirect.addFlashAttribute("errors", errors.summary());
        redirect.addFlashAttribute("fieldErrors", errors.byField());
        return "redirect:/areas/" + area.area().slug() + "/sessions/" + id + "#walk-in";
    }

    @Requires(AccessPermissions.RECORD)
    @GetMapping("/areas/{area}/contacts/new")
    String newContact(AreaContext area, @RequestParam(required = false) Long session, @RequestParam(required = false) UUID booking,
            Model model) {
        Integer age = null;
        if (booking != null) {
            RegisterEntry entry = register.entry(area.area(), booking);
            model.addAttribute("family", entry);
            age = entry.childAgeYears();
        }
        model.addAttribute("form", ContactCommand.forToday(session, booking, age, LocalDate.now(clock.withZone(Formats.LONDON))));
        return form(area, session, model);
    }

    @Requires(AccessPermissions.RECORD)
    @PostMapping("/areas/{area}/contacts")
    String record(AreaContext area, @ModelAttribute("form") ContactCommand form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        ContactDetails details = form.toDetails(errors);
        if (errors.isEmpty()) {
            try {
                contacts.record(area.area(), details, area.username());
                redirect.addFlashAttribute("recorded", true);
                return details.sessionId() == null ? "redirect:/areas/" + area.area().slug() + "/sessions"
                        : "redirect:/areas/" + area.area().slug() + "/sessions/" + details.sessionId() + "#register";
            } catch (InvalidInput e) {
                errors.addAll(e, field -> field);
            }
        }
        errors.addTo(model);
        if (details.bookingId() != null) {
            model.addAttribute("family", register.entry(area.area(), details.bookingId()));
        }
        return form(area, details.sessionId(), model);
    }

    private String form(AreaContext area, Long sessionId, Model model) {
        if (sessionId != null) {
            model.addAttribute("dropIn", dropIns.session(area.area(), sessionId));
        }
        model.addAttribute("routes", options(Route.values()));
        model.addAttribute("concernOptions", options(Concern.values()));
        model.addAttribute("outcomeOptions", options(ContactOutcome.values()));
        model.addAttribute("offerOptions", Options.of(contacts.offersToSignpost(area.area()), o -> String.valueOf(o.id()),
                o -> o.name() + " (" + o.partner() + ")"));
        model.addAttribute("settingOptions", Options.of(places.settings(area.area(), AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> !s.venue()).toList(), s -> s.ref(), s -> s.name()));
        return "access/contact-form";
    }

    private static <E extends Enum<E> & Choice> Map<String, String> options(E[] values) {
        return Options.of(java.util.Arrays.asList(values), E::name, Choice::label);
    }
}
