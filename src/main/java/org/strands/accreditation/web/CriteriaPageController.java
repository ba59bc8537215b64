package org.strands.accreditation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.CriteriaSet;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Phase;
import org.strands.accreditation.SchemeCriteria;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/**
 * The scheme's criteria: every version the area has, one version's criteria by strand and level with their early years
 * and school wording, and loading the area's own set from a CSV (all or nothing, every fault named by row and column).
 */
@Controller
class CriteriaPageController {

    /** Strands' own criteria, offered as the sample of the file to load. */
    static final String SAMPLE = "accreditation/criteria.csv";

    /** A criterion with its wording for early years and for schools (the same text when it applies to all). */
    record Wording(String code, String title, String earlyYears, String school) {

        public boolean same() {
            return earlyYears != null && earlyYears.equals(school);
        }
    }

    /** The criteria of one strand at one level. */
    record Group(String strand, String level, List<Wording> criteria) {
    }

    private final SchemeCriteria criteria;
    private final Formats formats;

    CriteriaPageController(SchemeCriteria criteria, Formats formats) {
        this.criteria = criteria;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/criteria")
    String current(AreaContext area, Model model) {
        CriteriaSet current = criteria.current(area.area());
        model.addAttribute("sets", criteria.sets(area.area()));
        return page(area, current, true, model);
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/criteria/{id}")
    String one(AreaContext area, @PathVariable long id, Model model) {
        CriteriaSet set = criteria.set(area.area(), id);
        return page(area, set, false, model);
    }

    @Requires(AccreditationPermissions.RUN)
    @GetMapping("/areas/{area}/scheme/criteria/load")
    String loadForm(AreaContext area, Model model) {
        model.addAttribute("name", "");
        return "accreditation/criteria-load";
    }

    @Requires(AccreditationPermissions.RUN)
    @PostMapping("/areas/{area}/scheme/criteria/load")
    String load(AreaContext area, @RequestParam(required = false) String name, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        FormErrors errors = new FormErrors();
        if (name == null || name.isBlank()) {
            errors.add("name", Copy.of("accreditation.area.criteria.nameMissing"));
        }
        if (file == null || file.isEmpty()) {
            errors.add("file", Copy.of("accreditation.area.criteria.fileMissing"));
        }
        List<org.strands.platform.RowError> rows = List.of();
        if (errors.isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                CriteriaSet set = criteria.load(area.area(), name, in, area.username());
                redirect.addFlashAttribute("saved", Copy.of("accreditation.area.criteria.loaded", set.name(), set.version(), set.criteria()));
                return "redirect:/areas/" + area.area().slug() + "/scheme/criteria";
            } catch (InvalidInput e) {
                e.errors().stream().filter(r -> r.row() == 0 && "name".equals(r.column())).forEach(r -> errors.add("name", r.message()));
                rows = e.errors().stream().filter(r -> r.row() != 0 || !"name".equals(r.column())).toList();
                if (!rows.isEmpty()) {
                    errors.add("file", Copy.of("accreditation.area.criteria.refused", rows.size()));
                }
            }
        }
        errors.addTo(model);
        model.addAttribute("rowErrors", rows);
        model.addAttribute("name", name == null ? "" : name);
        return "accreditation/criteria-load";
    }

    private String page(AreaContext area, CriteriaSet set, boolean current, Model model) {
        Map<String, Wording> byCode = new LinkedHashMap<>();
        Map<String, Criterion> first = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            for (Criterion c : criteria.criteria(area.area(), set.id(), phase)) {
                first.putIfAbsent(c.code(), c);
                Wording w = byCode.getOrDefault(c.code(), new Wording(c.code(), c.title(), null, null));
                byCode.put(c.code(), phase == Phase.EARLY_YEARS ? new Wording(w.code(), w.title(), c.description(), w.school())
                        : new Wording(w.code(), w.title(), w.earlyYears(), c.description()));
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        first.values().stream().sorted(java.util.Comparator.comparing((Criterion c) -> c.strand().ordinal())
                .thenComparing(c -> c.level().ordinal())).forEach(c -> groups
                .computeIfAbsent(c.strand().name() + c.level().name(), k -> new Group(c.strand().label(), c.level().label(), new ArrayList<>()))
                .criteria().add(byCode.get(c.code())));
        model.addAttribute("set", set);
        model.addAttribute("current", current);
        model.addAttribute("groups", groups.values());
        model.addAttribute("formats", formats);
        return current ? "accreditation/criteria-list" : "accreditation/criteria-one";
    }
}
