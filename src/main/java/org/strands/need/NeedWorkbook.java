package org.strands.need;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.platform.Spreadsheet;

/** Need as a workbook: by locality, ward, small area and setting, the identification gap, and the parameters and sources. */
@Component
public class NeedWorkbook {

    private static final List<String> NEED_HEADER = List.of("Code", "Place", "Children aged 15 and under", "Universal", "Targeted", "Specialist");

    private final NeedEstimates estimates;
    private final IdentificationGap identification;

    NeedWorkbook(NeedEstimates estimates, IdentificationGap identification) {
        this.estimates = estimates;
        this.identification = identification;
    }

    public byte[] of(Area area) {
        NeedModel model = estimates.model(area);
        List<Spreadsheet.Sheet> sheets = new ArrayList<>();
        sheets.add(sheet("By locality", estimates.need(area, "locality")));
        sheets.add(sheet("By ward", estimates.need(area, "ward")));
        sheets.add(sheet("By small area", estimates.need(area, "small-area")));
        sheets.add(new Spreadsheet.Sheet("By school and setting", List.of("Ref", "School or setting", "Phase", "Pupils",
                "Deprivation decile of its small area", "Targeted (pupils × the targeted rate of its small area)"),
                estimates.settings(area).stream().<List<Object>>map(s -> nullable(s.ref(), s.name(), s.phase(), s.pupils(), s.decile(),
                        children(s.targeted()))).toList()));
        IdentificationGap.Identification identified = identification.of(area);
        sheets.add(new Spreadsheet.Sheet("Identified", List.of("Level", "Identified as", "Estimated", "Identified", "Gap",
                "Identified as % of estimate", "Ages"), identified.levels().stream().<List<Object>>map(g -> nullable(g.level(),
                        g.identifiedAs(), children(g.estimated()), g.identified(), children(g.gap()), g.identifiedPercent(), g.ages())).toList()));
        List<List<Object>> about = new ArrayList<>();
        about.add(List.of("Area", area.name()));
        about.add(List.of("Targeted rate", model.targetedRate()));
        about.add(List.of("Deprivation multiplier M", model.deprivationMultiplier()));
        about.add(List.of("Specialist rate", model.specialistRate()));
        about.add(List.of("Specialist weight k (workforce)", model.specialistWeight()));
        about.add(List.of("Targeted", "children × targeted rate × m(d), m(d) = 1 + (M − 1) × (10 − d) / 9, d = the small area's IMD 2025 decile"));
        about.add(List.of("Specialist", "children × specialist rate"));
        about.add(List.of("Rounding", "Estimates of children are rounded to whole children, as on the need page."));
        NeedEstimates.SOURCES.forEach(s -> about.add(List.of("Source", s)));
        IdentificationGap.SOURCES.forEach(s -> about.add(List.of("Source", s)));
        sheets.add(new Spreadsheet.Sheet("About these figures", List.of("What", "Value"), about));
        return Spreadsheet.of(sheets);
    }

    private static Spreadsheet.Sheet sheet(String name, List<NeedRow> rows) {
        return new Spreadsheet.Sheet(name, NEED_HEADER, rows.stream().<List<Object>>map(r -> List.of(r.key(), r.name(), children(r.children()),
                children(r.universal()), children(r.targeted()), children(r.specialist()))).toList());
    }

    /** Estimates of children are whole children, as on the page (an estimate of 558.48 children reads 558). */
    static Long children(Double estimate) {
        return estimate == null ? null : Math.round(estimate);
    }

    /** List.of refuses nulls; a blank cell is the honest answer for an unknown figure. */
    private static List<Object> nullable(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
