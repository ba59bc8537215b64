package org.strands.directory.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.strands.access.NearbySession;
import org.strands.access.PublicSessions;
import org.strands.directory.Directory;
import org.strands.directory.DirectoryEntry;
import org.strands.directory.DirectorySearch;
import org.strands.directory.Worry;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.platform.Area;
import org.strands.platform.BadValue;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Public;
import org.strands.place.SettingRecognition;
import org.strands.provision.ProvisionRegister;

/**
 * The directory as families use it, without an account: find support by worry, age, place (nearest first), words or
 * the framework's strands and levels; and one service's page, with the next drop-ins when it is open access.
 */
@Controller
class DirectoryPublicPageController {

    /** The drop-ins listed on an open-access service's page. */
    static final int SESSIONS_SHOWN = 5;

    private final Directory directory;
    private final PublicSessions sessions;
    private final ProvisionRegister provision;
    private final Formats formats;
    private final List<SettingRecognition> recognitions;

    DirectoryPublicPageController(Directory directory, PublicSessions sessions, ProvisionRegister provision, Formats formats,
            List<SettingRecognition> recognitions) {
        this.directory = directory;
        this.sessions = sessions;
        this.provision = provision;
        this.formats = formats;
        this.recognitions = recognitions;
    }

    @Public
    @GetMapping("/public/{area}/support")
    String find(@PathVariable("area") String slug, @RequestParam(required = false) String q, @RequestParam(required = false) String worry,
            @RequestParam(required = false) String age, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String strand, @RequestParam(required = false) String level,
            @RequestParam(required = false) String page, Model model) {
        Area area = sessions.area(slug);
        FormErrors errors = new FormErrors();
        Integer years = errors.parse("age", age, DirectoryPublicPageController::age);
        DirectorySearch search = new DirectorySearch(q, choice(Worry.class, worry), years, postcode, choice(Strand.class, strand),
                choice(Level.class, level), pageNumber(page));
        Directory.Results results;
        try {
            results = directory.search(area, search);
        } catch (BadValue e) {
            errors.add("postcode", e.getMessage());
            results = searchWithout(area, search);
        }
        boolean asked = q != null || worry != null || age != null || postcode != null || strand != null || level != null;
        errors.addTo(model);
        model.addAttribute("area", area);
        model.addAttribute("search", search);
        model.addAttribute("asked", asked);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("ageText", age == null ? "" : age);
        model.addAttribute("postcodeText", postcode == null ? "" : postcode);
        model.addAttribute("results", results);
        model.addAttribute("worries", options(Worry.values(), w -> w.name(), Worry::label, "directory.find.anyWorry"));
        model.addAttribute("strands", options(Strand.values(), Strand::prefix, s -> Copy.of("directory.strand." + s.prefix()), "directory.find.anyStrand"));
        model.addAttribute("levels", options(Level.values(), l -> String.valueOf(l.number()), l -> Copy.of("directory.level." + l.number()),
                "directory.find.anyLevel"));
        model.addAttribute("formats", formats);
        return "directory/find";
    }

    @Public
    @GetMapping("/public/{area}/support/{id}")
    String entry(@PathVariable("area") String slug, @PathVariable String id, @RequestParam(required = false) String postcode, Model model) {
        Area area = sessions.area(slug);
        DirectoryEntry entry = directory.entry(area, uuid(id));
        model.addAttribute("area", area);
        model.addAttribute("entry", entry);
        model.addAttribute("localOffer", directory.localOffer(entry));
        // what a school or setting where the service is given is recognised for, such as an award in the area's scheme
        java.util.Map<String, String> recognised = new java.util.HashMap<>();
        entry.places().stream().filter(p -> p.settingRef() != null).forEach(p -> recognitions.stream()
                .flatMap(r -> r.recognitionOf(area, p.settingRef()).stream()).findFirst().ifPresent(text -> recognised.put(p.settingRef(), text)));
        model.addAttribute("recognised", recognised);
        model.addAttribute("strandsAndLevels", entry.outcomes().stream().map(o -> Copy.of("directory.outcome", Copy.of("directory.strand." + o.substring(0, 2)),
                Copy.of("directory.level." + o.substring(2)))).distinct().toList());
        List<NearbySession> next = List.of();
        boolean dropIns = entry.offerId() != null && PublicSessions.isDropInOffer(provision.offer(area, entry.offerId()));
        if (dropIns) {
            try {
                next = sessions.upcoming(area, postcode).stream().filter(n -> entry.places().isEmpty()
                        || entry.places().stream().anyMatch(p -> p.settingRef() != null && p.settingRef().equals(n.session().settingRef())))
                        .limit(SESSIONS_SHOWN).toList();
            } catch (InvalidInput e) {
                next = sessions.upcoming(area, null).stream().limit(SESSIONS_SHOWN).toList();
            }
        }
        model.addAttribute("dropIns", dropIns);
        model.addAttribute("sessions", next);
        model.addAttribute("formats", formats);
        return "directory/entry";
    }

    private Directory.Results searchWithout(Area area, DirectorySearch search) {
        try {
            return directory.search(area, new DirectorySearch(search.text(), search.worry(), search.age(), null, search.strand(), search.level(),
                    search.page()));
        } catch (BadValue impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Integer age(String text) throws BadValue {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int years = Integer.parseInt(text.strip());
            if (years >= 0 && years <= 25) {
                return years;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadValue("Enter your child's age in whole years, from 0 to 25, such as 3.");
    }

    private static int pageNumber(String text) {
        try {
            return text == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.strip()) || (e instanceof Strand s && s.prefix().equalsIgnoreCase(text.strip()))
                    || (e instanceof Level l && String.valueOf(l.number()).equals(text.strip()))) {
                return e;
            }
        }
        return null;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no such entry in the directory.");
        }
    }

    private static <T> Map<String, String> options(T[] values, java.util.function.Function<T, String> value,
            java.util.function.Function<T, String> text, String anyKey) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", Copy.of(anyKey));
        Arrays.stream(values).forEach(v -> options.put(value.apply(v), text.apply(v)));
        return options;
    }
}
