package org.strands.linking.web;

import java.time.Duration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.linking.Assignment;
import org.strands.linking.LinkAccounts;
import org.strands.linking.LinkChoice;
import org.strands.linking.LinkKinds;
import org.strands.linking.OverLinkHours;
import org.strands.linking.LinkSolveJob;
import org.strands.linking.LinkTeam;
import org.strands.linking.LinkTherapists;
import org.strands.linking.LinkingPermissions;
import org.strands.linking.TherapistInput;
import org.strands.place.AreaPlaces;
import org.strands.platform.AreaContext;
import org.strands.platform.BadValue;
import org.strands.platform.Confirmation;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.Job;
import org.strands.platform.Numbers;
import org.strands.platform.Options;

/** Link therapists in pages: the team, placing them by need, each setting's link, and choosing by hand. */
@Controller
class LinkTherapistsPageController {

    /** A therapist's share of the links, for the team table and the choice of therapist. */
    record Load(long id, String name, String baseName, double linkHours, long settings, double hours) {
    }

    private final LinkTherapists links;
    private final LinkTeam team;
    private final AreaPlaces places;
    private final LinkKinds kinds;
    private final LinkSolveJob solving;
    private final Formats formats;
    private final LinkAccounts accounts;

    LinkTherapistsPageController(LinkTherapists links, LinkTeam team, AreaPlaces places, LinkKinds kinds,
            LinkSolveJob solving, Formats formats, LinkAccounts accounts) {
        this.formats = formats;
        this.accounts = accounts;
        this.links = links;
        this.team = team;
        this.places = places;
        this.kinds = kinds;
        this.solving = solving;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/link-therapists")
    String page(AreaContext area, Model model) {
        LinkTherapists.Outcome current = links.current(area.area());
        model.addAttribute("outcome", current);
        model.addAttribute("team", loads(area, current.assignments()));
        java.util.Map<String, String> practitioners = accounts.practitioners(area.area());
        model.addAttribute("accounts", accounts.accounts(area.area()).entrySet().stream().collect(Collectors.toMap(
                java.util.Map.Entry::getKey, e -> practitioners.getOrDefault(e.getValue(), e.getValue()))));
        model.addAttribute("lastSolve", links.lastSolve(area.area()).orElse(null));
        model.addAttribute("rule", LinkTherapists.RULE);
        model.addAttribute("canEdit", area.may(LinkingPermissions.PLACE));
        model.addAttribute("baseOptions", Options.of(places.settings(area.area(), AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> s.latitude() != null).toList(), s -> s.ref(), s -> s.name() + (s.venue() ? " (" + s.type() + ")" : "")));
        model.addAttribute("kinds", kinds.choices(area.area()));
        if (!model.containsAttribute("therapist")) {
            model.addAttribute("therapist", TherapistCommand.empty());
        }
        return "linking/link-therapists";
    }

    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/areas/{area}/link-therapists/kinds")
    String chooseKinds(AreaContext area, @ModelAttribute("kindsChosen") KindsCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            kinds.choose(area.area(), form.kinds(), area.username());
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> "kinds");
            errors.addTo(model);
            return page(area, model);
        }
        redirect.addFlashAttribute("saved", "Kinds of setting saved. Place link therapists again to share link time among them.");
        return "redirect:/areas/" + area.area().slug() + "/link-therapists";
    }

    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/areas/{area}/link-therapists/team")
    String add(AreaContext area, @ModelAttribute("therapist") TherapistCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        BigDecimal hours = errors.parse("linkHours", form.linkHours(), Numbers::decimal);
        try {
            if (errors.isEmpty()) {
                team.add(area.area(), new TherapistInput(form.name(), hours == null ? null : hours.doubleValue(), form.base(), null, null, null),
                        area.username());
            }
        } catch (InvalidInput e) {
            // the team's rules number therapists as rows of a list; here there is one, so each error goes beside its field
            e.errors().forEach(error -> errors.add(error.column(), error.message()));
        }
        if (!errors.isEmpty()) {
            errors.addTo(model);
            return page(area, model);
        }
        redirect.addFlashAttribute("saved", form.name().strip() + " added to the team.");
        return "redirect:/areas/" + area.area().slug() + "/link-therapists";
    }

    @Requires(LinkingPermissions.PLACE)
    @GetMapping("/areas/{area}/link-therapists/team/{id}/account")
    String accountForm(AreaContext area, @PathVariable long id, Model model) {
        model.addAttribute("therapist", team.one(area.area(), id));
        model.addAttribute("practitioners", accounts.practitioners(area.area()));
        model.addAttribute("current", accounts.accounts(area.area()).get(id));
        return "linking/account";
    }

    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/areas/{area}/link-therapists/team/{id}/account")
    String linkAccount(AreaContext area, @PathVariable long id, @RequestParam(required = false) String username, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.link(area.area(), id, username, area.username());
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, field -> field);
            errors.addTo(model);
            return accountForm(area, id, model);
        }
        redirect.addFlashAttribute("saved", username == null || username.isBlank()
                ? team.one(area.area(), id).name() + " has no account linked now."
                : team.one(area.area(), id).name() + "'s account is linked: they see their settings under My work.");
        return "redirect:/areas/" + area.area().slug() + "/link-therapists";
    }

    @Requires(LinkingPermissions.PLACE)
    @GetMapping("/areas/{area}/link-therapists/team/{id}/remove")
    String confirmRemove(AreaContext area, @PathVariable long id, Model model) {
        String name = team.one(area.area(), id).name();
        String base = "/areas/" + area.area().slug() + "/link-therapists";
        return Confirmation.page(model, "Remove a link therapist", "Are you sure you want to remove " + name + " from the team?",
                "Their schools and settings will need placing again. The audit log keeps who removed them.",
                base + "/team/" + id + "/remove", "Remove from the team", base);
    }

    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/areas/{area}/link-therapists/team/{id}/remove")
    String remove(AreaContext area, @PathVariable long id, RedirectAttributes redirect) {
        String name = team.one(area.area(), id).name();
        team.remove(area.area(), id);
        redirect.addFlashAttribute("saved", name + " removed from the team. Their schools and settings need placing again.");
        return "redirect:/areas/" + area.area().slug() + "/link-therapists";
    }

    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/areas/{area}/link-therapists/solve")
    String solve(AreaContext area, @ModelAttribute("solve") SolveCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            Job job = solving.start(area.area(), Duration.ofSeconds(whole(form.seconds())), area.username());
            return "redirect:" + job.pagePath(area.area());
        } catch (InvalidInput e) {
            // every reason not to start (no team, a solve already running, a bad limit) is said beside the time limit
            FormErrors errors = new FormErrors();
            e.errors().forEach(error -> errors.add("seconds", error.message()));
            errors.addTo(model);
            return page(area, model);
        }
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/link-therapists/settings/{ref}")
    String setting(AreaContext area, @PathVariable String ref, Model model) {
        Assignment link = links.assignment(area.area(), ref).orElse(null);
        model.addAttribute("setting", places.setting(area.area(), ref));
        model.addAttribute("link", link);
        model.addAttribute("chosenId", model.containsAttribute("chosenId") ? model.getAttribute("chosenId")
                : link == null ? null : link.therapistId());
        List<Load> loads = loads(area, links.assignments(area.area()));
        model.addAttribute("team", loads);
        model.addAttribute("therapistOptions", Options.of(loads, t -> String.valueOf(t.id()), t -> t.name() + ", based at " + t.baseName()
                + ": " + formats.number(tenths(t.hours())) + " of " + formats.number(tenths(t.linkHours())) + " hours linked"));
        model.addAttribute("canEdit", area.may(LinkingPermissions.PLACE));
        return "linking/setting-link";
    }

    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/areas/{area}/link-therapists/settings/{ref}")
    String choose(AreaContext area, @PathVariable String ref, @ModelAttribute("choice") ChoiceCommand form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Long therapistId = form.therapistId() == null || form.therapistId().isBlank() ? null
                : errors.parse("therapistId", form.therapistId(), Numbers::whole);
        if (therapistId == null && errors.isEmpty()) {
            errors.add("therapistId", "Choose a link therapist.");
        }
        boolean pinned = Boolean.TRUE.equals(form.pinned());
        LinkChoice choice = null;
        if (errors.isEmpty()) {
            try {
                choice = links.assign(area.area(), ref, therapistId, pinned, Boolean.TRUE.equals(form.allowOverHours()), area.username());
            } catch (InvalidInput e) {
                errors.addAll(e, column -> "therapistId");
                model.addAttribute("overHours", e instanceof OverLinkHours);
            }
        }
        if (choice == null) {
            errors.addTo(model);
            model.addAttribute("chosenId", therapistId);
            model.addAttribute("pinnedChosen", pinned);
            return setting(area, ref, model);
        }
        Assignment chosen = choice.assignment();
        String said = chosen.therapist() + " is now the link therapist for " + chosen.setting()
                + (pinned ? ", pinned so placing again keeps it." : ".");
        if (choice.warning() != null) {
            redirect.addFlashAttribute("warning", said + " " + choice.warning());
        } else {
            redirect.addFlashAttribute("saved", said);
        }
        return "redirect:/areas/" + area.area().slug() + "/link-therapists/settings/" + ref;
    }

    /** The kinds of setting ticked on the link therapists page. */
    record KindsCommand(List<String> kinds) {
    }

    /** A setting's link therapist chosen by hand, as entered: the therapist's id, and the two ticks. */
    record ChoiceCommand(String therapistId, Boolean pinned, Boolean allowOverHours) {
    }

    private List<Load> loads(AreaContext area, List<Assignment> assignments) {
        Map<Long, List<Assignment>> byTherapist = assignments.stream().collect(Collectors.groupingBy(Assignment::therapistId));
        return team.of(area.area()).stream().map(t -> {
            List<Assignment> own = byTherapist.getOrDefault(t.id(), List.of());
            return new Load(t.id(), t.name(), t.baseName(), t.linkHours(), own.size(), own.stream().mapToDouble(Assignment::hours).sum());
        }).toList();
    }

    private static BigDecimal tenths(double hours) {
        return BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP);
    }

    private static long whole(String text) {
        try {
            Long seconds = Numbers.whole(text == null || text.isBlank() ? "10" : text);
            return seconds;
        } catch (BadValue e) {
            throw InvalidInput.of("seconds", e.getMessage() + " Enter a whole number of seconds, such as 10.");
        }
    }
}
