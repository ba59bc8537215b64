package org.strands.accreditation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.SchemeScope;
import org.strands.accreditation.SchemeStatus;
import org.strands.platform.AreaContext;
import org.strands.platform.Formats;
import org.strands.platform.Requires;

/** The mentor's landing: the settings they mentor, by status, those waiting for their review first. */
@Controller
class MentoringPageController {

    /** The order of the groups on the page: what needs the mentor first. */
    static final List<SchemeStatus> ORDER = List.of(SchemeStatus.IN_REVIEW, SchemeStatus.MORE_EVIDENCE, SchemeStatus.SELF_EVALUATING,
            SchemeStatus.RECOMMENDED, SchemeStatus.ACCREDITED, SchemeStatus.CENTRE_OF_EXCELLENCE, SchemeStatus.LAPSED);

    /** A setting the mentor mentors, with its time in the scheme. */
    record Row(Enrolment journey, long months, boolean over) {
    }

    /** The settings of one status. */
    record Group(SchemeStatus status, String id, List<Row> rows) {
    }

    private final SchemeScope scope;
    private final Formats formats;
    private final Clock clock;

    MentoringPageController(SchemeScope scope, Formats formats, Clock clock) {
        this.scope = scope;
        this.formats = formats;
        this.clock = clock;
    }

    @Requires(AccreditationPermissions.REVIEW)
    @GetMapping("/areas/{area}/my-mentoring")
    String mine(AreaContext who, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        Map<SchemeStatus, List<Row>> byStatus = new LinkedHashMap<>();
        ORDER.forEach(s -> byStatus.put(s, new ArrayList<>()));
        scope.visible(who).stream().filter(e -> who.username().equals(e.mentor()))
                .sorted(Comparator.comparing(Enrolment::joinedOn).thenComparing(Enrolment::setting))
                .forEach(e -> byStatus.get(e.status()).add(new Row(e, e.monthsIn(today), e.monthsIn(today) > org.strands.accreditation.SchemeDashboard.EXPECTED_TO && !e.status().awarded())));
        List<Group> groups = byStatus.entrySet().stream().filter(g -> !g.getValue().isEmpty())
                .map(g -> new Group(g.getKey(), g.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), g.getValue())).toList();
        model.addAttribute("groups", groups);
        model.addAttribute("waiting", byStatus.get(SchemeStatus.IN_REVIEW).size());
        model.addAttribute("total", groups.stream().mapToInt(g -> g.rows().size()).sum());
        model.addAttribute("formats", formats);
        return "accreditation/review-mentoring";
    }
}
