package org.strands.access.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strands.access.AccessPermissions;
import org.strands.access.Route;
import org.strands.access.WaitingTimes;
import org.strands.access.WaitingTimesReport;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.Formats;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.platform.Requires;

/** The waiting times page: a filter, and charts each with its table; the same figures download as a workbook from the API. */
@Controller
class WaitingTimesPageController {

    /** One bar of a chart: its label, the value in days or children, its length out of 360, and the value as words. */
    record Bar(String label, Double value, boolean tooFew, long n, int length, String text) {
    }

    /** One row of a table of waits: the group's name and its two waits. */
    record Row(String name, WaitingTimesReport.Stat advice, WaitingTimesReport.Stat start) {
    }

    private static final java.time.format.DateTimeFormatter SHORT_DATE = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");

    private final WaitingTimes waitingTimes;
    private final Localities localities;

    WaitingTimesPageController(WaitingTimes waitingTimes, Localities localities) {
        this.waitingTimes = waitingTimes;
        this.localities = localities;
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/areas/{area}/waiting-times")
    String page(AreaContext area, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String locality, @RequestParam(required = false) String change, Model model) {
        FormErrors errors = new FormErrors();
        WaitingTimesReport.Filter filter;
        try {
            filter = WaitingTimesApiController.filter(waitingTimes, from, to, locality, change);
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
            filter = waitingTimes.defaults(null, null, null, null);
        }
        WaitingTimesReport report = waitingTimes.report(area.area(), filter);
        errors.addTo(model);
        model.addAttribute("report", report);
        model.addAttribute("filter", filter);
        model.addAttribute("from", from == null ? SHORT_DATE.format(filter.from()) : from);
        model.addAttribute("to", to == null ? SHORT_DATE.format(filter.to()) : to);
        model.addAttribute("locality", locality == null ? "" : locality);
        model.addAttribute("change", change == null ? "" : change);
        model.addAttribute("localities", Options.of(localities.of(area.area()).stream().map(Locality::name).toList()));
        List<Bar> routes = new ArrayList<>();
        report.byRoute().forEach((r, w) -> routes.add(new Bar(Route.valueOf(r).label(), w.firstAdvice().median(), w.firstAdvice().tooFew(),
                w.firstAdvice().n(), 0, null)));
        model.addAttribute("routeBars", scaled(routes));
        List<Row> summary = new ArrayList<>(List.of(new Row(Copy.of("access.waiting.all"), report.firstAdvice(), report.toIntervention())));
        if (report.beforeAfter() != null) {
            String day = Formats.ukDate(report.beforeAfter().change());
            summary.add(new Row(Copy.of("access.waiting.before", day), report.beforeAfter().before().firstAdvice(), report.beforeAfter().before().toIntervention()));
            summary.add(new Row(Copy.of("access.waiting.after", day), report.beforeAfter().after().firstAdvice(), report.beforeAfter().after().toIntervention()));
        }
        model.addAttribute("summaryRows", summary);
        model.addAttribute("routeRows", report.byRoute().entrySet().stream().map(e -> new Row(Route.valueOf(e.getKey()).label(),
                e.getValue().firstAdvice(), e.getValue().toIntervention())).toList());
        model.addAttribute("monthRows", report.monthly().stream().map(m -> new Row(Copy.of("access.waiting.monthRow", monthName(m.month()), m.received()),
                m.firstAdvice(), m.toIntervention())).toList());
        model.addAttribute("monthBars", scaled(report.monthly().stream().map(m -> new Bar(monthName(m.month()), m.firstAdvice().median(),
                m.firstAdvice().tooFew(), m.firstAdvice().n(), 0, null)).toList()));
        model.addAttribute("bandBars", scaled(List.of(new Bar("0 to 18 weeks", report.bands().get("0-18").doubleValue(), false, 0, 0, ""),
                new Bar("Over 18 weeks", report.bands().get("over18").doubleValue(), false, 0, 0, ""),
                new Bar("Over 52 weeks", report.bands().get("over52").doubleValue(), false, 0, 0, ""))));
        return "access/waiting-times";
    }

    private static final Formats FORMATS = new Formats();

    private static List<Bar> scaled(List<Bar> bars) {
        double max = bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0);
        return bars.stream().map(b -> new Bar(b.label(), b.value(), b.tooFew(), b.n(),
                b.value() == null || max == 0 ? 0 : (int) Math.round(b.value() * 360 / max),
                b.tooFew() || b.value() == null ? Copy.of("access.tooFew") : b.text() != null ? FORMATS.number(b.value())
                        : Copy.of("access.waiting.days", b.value()))).toList();
    }

    /** A month as people write it on a page: "December 2025" for 2025-12. */
    private static String monthName(String yearMonth) {
        return java.time.YearMonth.parse(yearMonth).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }
}
