package org.strands.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Need per small area, added up into larger places. Sums of parts always equal the whole. */
final class NeedTable {

    /** One small area's figures and the places it belongs to. */
    record Part(String code, String name, String wardCode, String ward, String localityKey, String locality, double children,
            int decile) {
    }

    private NeedTable() {
    }

    static List<NeedRow> bySmallArea(NeedModel model, List<Part> parts) {
        return parts.stream().map(p -> NeedRow.of(p.code(), p.name(), model.estimate(p.children(), p.decile()))).toList();
    }

    static List<NeedRow> by(NeedModel model, List<Part> parts, Function<Part, String> key, Function<Part, String> name) {
        Map<String, LevelNeed> totals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Part p : parts) {
            String k = key.apply(p);
            totals.merge(k, model.estimate(p.children(), p.decile()), LevelNeed::plus);
            names.putIfAbsent(k, name.apply(p));
        }
        List<NeedRow> rows = new ArrayList<>();
        totals.forEach((k, need) -> rows.add(NeedRow.of(k, names.get(k), need)));
        rows.sort(java.util.Comparator.comparing(NeedRow::name));
        return rows;
    }

    static NeedRow total(NeedModel model, List<Part> parts, String key, String name) {
        LevelNeed sum = LevelNeed.NONE;
        for (Part p : parts) {
            sum = sum.plus(model.estimate(p.children(), p.decile()));
        }
        return NeedRow.of(key, name, sum);
    }
}
