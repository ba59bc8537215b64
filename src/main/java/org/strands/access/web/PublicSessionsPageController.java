package org.strands.access.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.access.Booked;
import org.strands.access.BookingRequest;
import org.strands.access.Bookings;
import org.strands.access.DropInSession;
import org.strands.access.NearbySession;
import org.strands.access.PublicSessions;
import org.strands.platform.Area;
import org.strands.platform.Conflict;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Public;

/**
 * The pages families use without an account: an area's drop-in sessions nearest first from a postcode, booking a place,
 * the confirmation, and cancelling from the link in the confirmation (which opens a page and cancels only when the
 * family presses its button, because mail scanners open links).
 */
@Controller
class PublicSessionsPageController {

    /** The most sessions listed on the page: the nearest, or the soonest without a postcode. */
    static final int SHOWN = 20;

    private final PublicSessions sessions;
    private final Bookings bookings;
    private final Formats formats;

    PublicSessionsPageController(PublicSessions sessions, Bookings bookings, Formats formats) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.formats = formats;
    }

    @Public
    @GetMapping("/public/{area}")
    String sessions(@PathVariable("area") String slug, @RequestParam(required = false) String postcode, Model model) {
        Area area = sessions.area(slug);
        model.addAttribute("area", area);
        model.addAttribute("postcode", postcode);
        List<NearbySession> found;
        try {
            found = sessions.upcoming(area, postcode);
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> column);
            errors.addTo(model);
            found = sessions.upcoming(area, null);
        }
        model.addAttribute("total", found.size());
        model.addAttribute("found", found.stream().limit(SHOWN).toList());
        model.addAttribute("formats", formats);
        return "access/public-sessions";
    }

    @Public
    @GetMapping("/public/{area}/sessions/{id}")
    String session(@PathVariable("area") String slug, @PathVariable long id, Model model) {
        Area area = sessions.area(slug);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BookingCommand.empty());
        }
        return sessionPage(area, sessions.session(area, id), model);
    }

    @Public
    @PostMapping("/public/{area}/sessions/{id}/book")
    String book(@PathVariable("area") String slug, @PathVariable long id, @ModelAttribute("form") BookingCommand form, Model model,
            RedirectAttributes redirect) {
        Area area = sessions.area(slug);
        FormErrors errors = new FormErrors();
        BookingRequest request = form.toRequest(errors);
        if (errors.isEmpty()) {
            try {
                Booked booked = bookings.book(area, id, request, null);
                redirect.addFlashAttribute("bookedSession", booked.session().id());
                redirect.addFlashAttribute("bookedBy", request.email() != null ? "email" : "text message");
                return "redirect:/public/" + area.slug() + "/booked";
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column.equals("session") ? "name" : column);
            } catch (Conflict e) {
                errors.add("name", e.getMessage());
            }
        } else {
            try {
                bookings.check(request);
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        return sessionPage(area, sessions.session(area, id), model);
    }

    @Public
    @GetMapping("/public/{area}/booked")
    String booked(@PathVariable("area") String slug, Model model) {
        Area area = sessions.area(slug);
        Object id = model.getAttribute("bookedSession");
        if (!(id instanceof Long sessionId)) {
            return "redirect:/public/" + area.slug();
        }
        model.addAttribute("area", area);
        model.addAttribute("dropIn", sessions.session(area, sessionId));
        model.addAttribute("formats", formats);
        return "access/public-booked";
    }

    @Public
    @GetMapping("/public/{area}/cancel/{token}")
    String confirmCancel(@PathVariable("area") String slug, @PathVariable String token, Model model) {
        Area area = sessions.area(slug);
        model.addAttribute("area", area);
        model.addAttribute("token", token);
        model.addAttribute("formats", formats);
        model.addAttribute("dropIn", bookings.toCancel(area, token).orElse(null));
        return "access/public-cancel";
    }

    @Public
    @PostMapping("/public/{area}/cancel/{token}")
    String cancel(@PathVariable("area") String slug, @PathVariable String token, Model model) {
        Area area = sessions.area(slug);
        model.addAttribute("area", area);
        model.addAttribute("cancelled", bookings.cancel(area, token));
        return "access/public-cancelled";
    }

    private String sessionPage(Area area, DropInSession session, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("dropIn", session);
        model.addAttribute("bookable", sessions.bookable(session));
        model.addAttribute("formats", formats);
        return "access/public-session";
    }
}
