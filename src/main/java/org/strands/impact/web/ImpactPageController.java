package org.strands.impact.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.impact.Figure;
import org.strands.impact.ImpactFilter;
import org.strands.impact.ImpactPermissions;
import org.strands.impact.ImpactQuery;
import org.strands.impact.ImpactReport;
import org.strands.impact.ImpactReports;
import org.strands.impact.ImpactSummary;
import org.strands.impact.ImpactTables;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.Requires;
import org.strands.provision.Offer;
import org.strands.provision.ProvisionRegister;

/** The impact report page (a form that works without JavaScript, the tiers as tables, charts with their tables) and the one-page summary. */
@Controller
class ImpactPageController {

    /** One bar of a chart: its label, its length out of 360, and its value in words. */
    record Bar(String label, int length, String text) {
    }

    private static final java.time.format.DateTimeFormatter SHORT_DATE = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");

    private final ImpactReports reports;
    private final Localities localities;
    private final ProvisionRegister register;

    ImpactPageController(ImpactReports reports, Localities localities, ProvisionRegister register) {
        this.reports = reports;
        this.localities = localities;
        this.register = register;
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/areas/{area}/impact")
    String page(AreaContext area, ImpactQuery query, Model model) {
        FormErrors errors = new FormErrors();
        ImpactFilter filter = filter(query, errors);
        String direction = query.direction() != null && ImpactReport.DIRECTIONS.contains(query.direction()) ? query.direction() : "ALL";
        if (query.direction() != null && !query.direction().isBlank() && !direction.equals(query.direction())) {
            errors.add("direction", "Choose a direction of care from the list.");
        }
        ImpactReport report = reports.report(area.area(), filter);
        errors.addTo(model);
        model.addAttribute("q", query);
        model.addAttribute("filter", filter);
        model.addAttribute("direction", direction);
        model.addAttribute("from", blank(query.from()) ? SHORT_DATE.format(filter.from()) : query.from());
        model.addAttribute("to", blank(query.to()) ? SHORT_DATE.format(filter.to()) : query.to());
        model.addAttribute("tiers", ImpactTables.tiers(report, direction));
        model.addAttribute("directions", ImpactTables.byDirection(report));
        model.addAttribute("equity", ImpactTables.equity(report));
        String by = Copy.of("impact.groupBy." + filter.groupBy()).toLowerCase(Copy.LOCALE);
        model.addAttribute("charts", List.of(
                chart("chart-children", Copy.of("impact.chart.children", by), report, direction, t -> t.reach().children()),
                chart("chart-goals", Copy.of("impact.chart.goalsMet", by), report, direction, t -> t.impact().goalsMet()),
                chart("chart-tscore", Copy.of("impact.chart.meanT", by), report, direction, t -> t.impact().meanT())));
        model.addAttribute("query", query(filter, direction));
        options(area, model);
        return "impact/report";
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/areas/{area}/impact/summary")
    String summary(AreaContext area, ImpactQuery query, Model model) {
        FormErrors errors = new FormErrors();
        ImpactFilter filter = filter(query, errors);
        errors.addTo(model);
        model.addAttribute("summary", ImpactSummary.of(area.area().name(), reports.report(area.area(), filter)));
        model.addAttribute("query", query(filter, "ALL"));
        return "impact/summary";
    }

    /** A chart of one figure by group, with the table beside it on the page. */
    record Chart(String id, String title, List<Bar> bars) {
    }

    private static Chart chart(String id, String title, ImpactReport report, String direction, Function<ImpactReport.Tiers, Figure> figure) {
        List<Figure> figures = report.groups().stream().map(g -> figure.apply(g.byDirection().get(direction))).toList();
        double max = figures.stream().filter(Figure::shown).map(Figure::value).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            bars.add(new Bar(report.groups().get(i).label(), f.shown() && max > 0 ? (int) Math.round(f.value().doubleValue() * 360 / max) : 0,
                    f.suppressed() ? Copy.of("impact.chart.hidden") : f.text()));
        }
        return new Chart(id, title, bars);
    }

    private ImpactFilter filter(ImpactQuery query, FormErrors errors) {
        try {
            return reports.filter(query);
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
            return reports.filter(ImpactQuery.NONE);
        }
    }

    private void options(AreaContext area, Model model) {
        Map<String, String> groupings = new LinkedHashMap<>();
        ImpactFilter.GROUPINGS.forEach(g -> groupings.put(g, Copy.of("impact.groupBy." + g)));
        model.addAttribute("groupings", groupings);
        Map<String, String> directions = new LinkedHashMap<>();
        ImpactReport.DIRECTIONS.forEach(d -> directions.put(d, Copy.of("impact.direction." + d)));
        model.addAttribute("directionOptions", directions);
        model.addAttribute("levels", Options.of(List.of(Level.values()), l -> String.valueOf(l.number()), Level::label));
        model.addAttribute("strands", Options.of(List.of(Strand.values()), Strand::prefix, Strand::label));
        model.addAttribute("offers", Options.of(register.offers(area.area()), (Offer o) -> String.valueOf(o.id()), Offer::name));
        model.addAttribute("localities", Options.of(localities.of(area.area()).stream().map(Locality::name).toList()));
        Map<String, String> quintiles = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            quintiles.put(String.valueOf(i), Copy.of("impact.quintile." + i));
        }
        model.addAttribute("quintiles", quintiles);
        model.addAttribute("sexes", Options.of(List.of(org.strands.journey.Sex.values()), Enum::name, org.strands.journey.Sex::label));
        model.addAttribute("ethnicities", Options.of(List.of(org.strands.journey.Ethnicity.values()), Enum::name,
                org.strands.journey.Ethnicity::label));
    }

    /** The report's query as URL parameters, for the downloads and the summary. */
    private static String query(ImpactFilter f, String direction) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("groupBy", f.groupBy());
        q.put("from", f.from());
        q.put("to", f.to());
        q.put("offer", f.offer());
        q.put("level", f.level());
        q.put("strand", f.strand());
        q.put("setting", f.setting());
        q.put("locality", f.locality());
        q.put("sex", f.sex());
        q.put("ethnicity", f.ethnicity());
        q.put("language", f.language());
        q.put("quintile", f.quintile());
        q.put("direction", direction);
        org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder.newInstance();
        q.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().getQuery();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
