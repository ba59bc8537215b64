package org.strands.directory.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.directory.DirectoryCuration;
import org.strands.directory.DirectoryEntry;
import org.strands.directory.DirectoryFeedback;
import org.strands.directory.DirectoryPermissions;
import org.strands.directory.EntryDetails;
import org.strands.directory.LocalOfferQuestion;
import org.strands.directory.Worry;
import org.strands.framework.OutcomeCode;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Numbers;
import org.strands.platform.Requires;

/**
 * The area's directory as its curators see it: every entry with its owner and review date (those due first), writing an
 * information entry or a service of the area's own, and the family's side of an entry made from an offer.
 */
@Controller
class DirectoryPageController {

    /** The entry form as typed. */
    record EntryForm(String kind, String name, String summary, String whoFor, String howToGet, String openAccess, String cost, String url,
            String email, String phone, String organisation, String ageFrom, String ageTo, List<String> worries, List<String> outcomes,
            String placeName, String postcode, String owner, String reviewOnDay, String reviewOnMonth, String reviewOnYear, String status,
            String familySummary, String familyHowToGet, String needs, String involving, String progress, String staff, String accessible,
            String movingOn, String concerns) {

        static EntryForm blank(String owner, LocalDate review) {
            return new EntryForm("INFORMATION", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), List.of(), "", "", owner,
                    String.valueOf(review.getDayOfMonth()), String.valueOf(review.getMonthValue()), String.valueOf(review.getYear()), "PUBLISHED",
                    "", "", "", "", "", "", "", "", "");
        }

        static EntryForm of(DirectoryEntry e, Map<LocalOfferQuestion, String> answers) {
            Function<LocalOfferQuestion, String> answer = q -> answers.getOrDefault(q, "");
            DirectoryEntry.Place place = e.places().isEmpty() ? null : e.places().getFirst();
            return new EntryForm(e.kind(), e.name(), e.summary(), e.whoFor(), e.howToGet(), e.openAccess() ? "yes" : "", e.cost(), e.url(), e.email(),
                    e.phone(), e.organisation(), e.ageFrom() == null ? "" : String.valueOf(e.ageFrom()), e.ageTo() == null ? "" : String.valueOf(e.ageTo()),
                    e.worries().stream().map(Enum::name).toList(), e.outcomes(), place == null ? "" : place.name(),
                    place == null ? "" : place.postcode(), e.owner(), e.reviewOn() == null ? "" : String.valueOf(e.reviewOn().getDayOfMonth()),
                    e.reviewOn() == null ? "" : String.valueOf(e.reviewOn().getMonthValue()), e.reviewOn() == null ? "" : String.valueOf(e.reviewOn().getYear()),
                    e.status(), e.familySummary(), e.familyHowToGet(), answer.apply(LocalOfferQuestion.NEEDS), answer.apply(LocalOfferQuestion.INVOLVING),
                    answer.apply(LocalOfferQuestion.PROGRESS), answer.apply(LocalOfferQuestion.STAFF), answer.apply(LocalOfferQuestion.ACCESSIBLE),
                    answer.apply(LocalOfferQuestion.MOVING_ON), answer.apply(LocalOfferQuestion.CONCERNS));
        }

        /** The answers to the Local Offer's questions as typed, by question. */
        Map<LocalOfferQuestion, String> localOffer() {
            Map<LocalOfferQuestion, String> answers = new java.util.EnumMap<>(LocalOfferQuestion.class);
            answers.put(LocalOfferQuestion.NEEDS, needs);
            answers.put(LocalOfferQuestion.INVOLVING, involving);
            answers.put(LocalOfferQuestion.PROGRESS, progress);
            answers.put(LocalOfferQuestion.STAFF, staff);
            answers.put(LocalOfferQuestion.ACCESSIBLE, accessible);
            answers.put(LocalOfferQuestion.MOVING_ON, movingOn);
            answers.put(LocalOfferQuestion.CONCERNS, concerns);
            return answers;
        }

        EntryDetails details(FormErrors errors) {
            Integer from = ageFrom == null || ageFrom.isBlank() ? null : errors.parse("ageFrom", ageFrom, Numbers::wholeInt);
            Integer to = ageTo == null || ageTo.isBlank() ? null : errors.parse("ageTo", ageTo, Numbers::wholeInt);
            LocalDate review = errors.date("reviewOn", reviewOnDay, reviewOnMonth, reviewOnYear);
            return new EntryDetails(kind, name, summary, whoFor, howToGet, "yes".equals(openAccess), cost, url, email, phone, organisation, from, to,
                    worries, outcomes, placeName, postcode, owner, review, status, familySummary, familyHowToGet, localOffer());
        }
    }

    private final DirectoryCuration curation;
    private final DirectoryFeedback feedback;
    private final Formats formats;
    private final java.time.Clock clock;

    DirectoryPageController(DirectoryCuration curation, DirectoryFeedback feedback, Formats formats, java.time.Clock clock) {
        this.curation = curation;
        this.feedback = feedback;
        this.formats = formats;
        this.clock = clock;
    }

    @Requires(DirectoryPermissions.CURATE)
    @GetMapping("/areas/{area}/directory")
    String entries(AreaContext area, Model model) {
        List<DirectoryCuration.Row> rows = curation.entries(area.area());
        model.addAttribute("rows", rows);
        model.addAttribute("due", rows.stream().filter(DirectoryCuration.Row::reviewDue).count());
        model.addAttribute("unansweredFeedback", feedback.unanswered(area.area()));
        model.addAttribute("formats", formats);
        return "directory/entries";
    }

    @Requires(DirectoryPermissions.CURATE)
    @GetMapping("/areas/{area}/directory/new")
    String newEntry(AreaContext area, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EntryForm.blank(area.username(), LocalDate.now(clock.withZone(Formats.LONDON)).plusMonths(6)));
        }
        return form(area, null, model);
    }

    @Requires(DirectoryPermissions.CURATE)
    @PostMapping("/areas/{area}/directory")
    String create(AreaContext area, @ModelAttribute("form") EntryForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        EntryDetails details = form.details(errors);
        if (errors.isEmpty()) {
            try {
                curation.create(area.area(), details, area.username());
                redirect.addFlashAttribute("saved", Copy.of("directory.curate.created", details.name().strip()));
                return "redirect:/areas/" + area.area().slug() + "/directory";
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        model.addAttribute("form", form);
        return form(area, null, model);
    }

    @Requires(DirectoryPermissions.CURATE)
    @GetMapping("/areas/{area}/directory/{id}")
    String edit(AreaContext area, @PathVariable String id, Model model) {
        DirectoryEntry entry = curation.entry(area.area(), uuid(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EntryForm.of(entry, curation.localOffer(entry)));
        }
        return form(area, entry, model);
    }

    @Requires(DirectoryPermissions.CURATE)
    @PostMapping("/areas/{area}/directory/{id}")
    String save(AreaContext area, @PathVariable String id, @ModelAttribute("form") EntryForm form, Model model, RedirectAttributes redirect) {
        DirectoryEntry entry = curation.entry(area.area(), uuid(id));
        FormErrors errors = new FormErrors();
        EntryDetails details = form.details(errors);
        if (errors.isEmpty()) {
            try {
                curation.update(area.area(), entry.id(), details, area.username());
                redirect.addFlashAttribute("saved", Copy.of("directory.curate.saved", entry.offerId() != null ? entry.name() : details.name().strip()));
                return "redirect:/areas/" + area.area().slug() + "/directory";
            } catch (InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        model.addAttribute("form", form);
        return form(area, entry, model);
    }

    private String form(AreaContext area, DirectoryEntry entry, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("fromOffer", entry != null && entry.offerId() != null);
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("INFORMATION", Copy.of("directory.kind.INFORMATION"));
        kinds.put("SERVICE", Copy.of("directory.kind.SERVICE"));
        model.addAttribute("kinds", kinds);
        Map<String, String> statuses = new LinkedHashMap<>();
        List.of("PUBLISHED", "DRAFT", "ARCHIVED").forEach(s -> statuses.put(s, Copy.of("directory.status." + s)));
        model.addAttribute("statuses", statuses);
        Map<String, String> worries = new LinkedHashMap<>();
        Arrays.stream(Worry.values()).forEach(w -> worries.put(w.name(), w.label()));
        model.addAttribute("worryOptions", worries);
        Map<String, String> outcomes = new LinkedHashMap<>();
        OutcomeCode.ALL.forEach(o -> outcomes.put(o.code(), o.code() + ": " + Copy.of("directory.strand." + o.strand().prefix()) + ", "
                + Copy.of("directory.level." + o.level().number()).toLowerCase(java.util.Locale.UK)));
        model.addAttribute("outcomeOptions", outcomes);
        model.addAttribute("yes", Map.of("yes", Copy.of("directory.curate.openAccessYes")));
        model.addAttribute("localOfferQuestions", LocalOfferQuestion.values());
        return "directory/entry-form";
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no such entry in the directory.");
        }
    }
}
