package org.strands.accreditation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Cohort;
import org.strands.accreditation.Cohorts;
import org.strands.accreditation.SchemeDashboard;
import org.strands.accreditation.SchemeStatus;
import org.strands.platform.AreaContext;
import org.strands.platform.Formats;
import org.strands.platform.Requires;

/**
 * The area's view across its cohorts in the schools and settings scheme, narrowed by cohort, phase and locality: settings
 * by status, phase and locality, the share of primary schools accredited, time in the scheme, overdue reviews and
 * renewals, and the weakest criteria, which say what to train next.
 */
@Controller
class SchemePageController {

    /** The criteria drawn in the bar chart; the table beside it lists every one. */
    static final int CHARTED = 10;

    /** A bar of the chart of the weakest criteria: its top, its width out of 200 for a score of 3, and the score written. */
    record Bar(String code, int y, int width, String label) {
    }

    private final SchemeDashboard dashboard;
    private final Cohorts cohorts;
    private final Formats formats;

    SchemePageController(SchemeDashboard dashboard, Cohorts cohorts, Formats formats) {
        this.dashboard = dashboard;
        this.cohorts = cohorts;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.REPORT)
    @GetMapping("/areas/{area}/scheme")
    String dashboard(AreaContext area, @RequestParam(required = false) String cohort, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String locality, Model model) {
        List<Cohort> all = cohorts.of(area.area());
        List<String> phases = dashboard.phases(area.area());
        List<String> localities = dashboard.localityNames(area.area());
        SchemeDashboard.Filter filter = filter(all, phases, localities, cohort, phase, locality);
        SchemeDashboard.Figures figures = dashboard.figures(area.area(), filter);

        Map<String, String> cohortOptions = new LinkedHashMap<>();
        all.forEach(c -> cohortOptions.put(String.valueOf(c.id()), c.name()));
        model.addAttribute("cohortOptions", cohortOptions);
        model.addAttribute("phaseOptions", options(phases));
        model.addAttribute("localityOptions", options(localities));
        model.addAttribute("filter", filter);
        model.addAttribute("chosenCohort", filter.cohort() == null ? "" : String.valueOf(filter.cohort()));
        model.addAttribute("query", query(filter));
        model.addAttribute("figures", figures);
        model.addAttribute("statuses", SchemeStatus.values());
        List<SchemeDashboard.CriterionScore> charted = figures.weakest().stream().limit(CHARTED).toList();
        model.addAttribute("charted", java.util.stream.IntStream.range(0, charted.size()).mapToObj(i -> new Bar(charted.get(i).code(),
                14 + i * 28, Math.max(2, (int) Math.round(charted.get(i).average() * 200 / 3)), formats.decimal(charted.get(i).average(), 1))).toList());
        model.addAttribute("tags", tags());
        model.addAttribute("formats", formats);
        return "accreditation/scheme-dashboard";
    }

    /** The filter as chosen, each choice kept only when it is one of the options. */
    static SchemeDashboard.Filter filter(List<Cohort> cohorts, List<String> phases, List<String> localities, String cohort, String phase,
            String locality) {
        Long cohortId = cohorts.stream().filter(c -> String.valueOf(c.id()).equals(cohort)).map(Cohort::id).findFirst().orElse(null);
        return new SchemeDashboard.Filter(cohortId, phases.contains(phase) ? phase : null, localities.contains(locality) ? locality : null);
    }

    /** The filter as a query string for the exports (empty, or starting with "?"). */
    static String query(SchemeDashboard.Filter filter) {
        StringBuilder q = new StringBuilder();
        if (filter.cohort() != null) {
            q.append("&cohort=").append(filter.cohort());
        }
        if (filter.phase() != null) {
            q.append("&phase=").append(java.net.URLEncoder.encode(filter.phase(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.locality() != null) {
            q.append("&locality=").append(java.net.URLEncoder.encode(filter.locality(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }

    private static Map<String, String> options(List<String> names) {
        Map<String, String> options = new LinkedHashMap<>();
        names.forEach(n -> options.put(n, n));
        return options;
    }

    /** The GOV.UK tag colour of each status, by its code (a class name, never shown). */
    static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(SchemeStatus.SELF_EVALUATING.name(), "govuk-tag--grey");
        tags.put(SchemeStatus.IN_REVIEW.name(), "govuk-tag--blue");
        tags.put(SchemeStatus.MORE_EVIDENCE.name(), "govuk-tag--orange");
        tags.put(SchemeStatus.RECOMMENDED.name(), "govuk-tag--purple");
        tags.put(SchemeStatus.ACCREDITED.name(), "govuk-tag--green");
        tags.put(SchemeStatus.CENTRE_OF_EXCELLENCE.name(), "govuk-tag--turquoise");
        tags.put(SchemeStatus.LAPSED.name(), "govuk-tag--red");
        return tags;
    }
}
