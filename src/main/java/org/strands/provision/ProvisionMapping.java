package org.strands.provision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.strands.framework.Level;
import org.strands.framework.OutcomeCode;
import org.strands.framework.Strand;
import org.strands.place.Locality;
import org.strands.platform.Area;

/** Draws the provision map: what is provided in each outcome cell, and what is wrong with it. */
@Service
public class ProvisionMapping {

    static final int MAX_DUPLICATES = 500;

    private final ProvisionRegister register;
    private final ProvisionSettings settings;
    private final ProvisionCaches caches;

    ProvisionMapping(ProvisionRegister register, ProvisionSettings settings, ProvisionCaches caches) {
        this.register = register;
        this.settings = settings;
        this.caches = caches;
    }

    /** Maps are kept briefly per area, filter and thresholds, and cleared by any change to offers or places. */
    public ProvisionMap map(Area area, MapFilter filter) {
        ProvisionSettings.Values values = settings.of(area.id());
        return caches.maps.get(List.of(area.id(), area.districtCodes(), filter, values), key -> draw(area, filter, values));
    }

    private ProvisionMap draw(Area area, MapFilter filter, ProvisionSettings.Values values) {
        List<Offer> all = register.offers(area);
        List<Offer> matching = all.stream().filter(filter::matches).toList();
        List<ProvisionMap.Cell> cells = new ArrayList<>();
        for (OutcomeCode code : OutcomeCode.ALL) {
            List<Offer> inCell = matching.stream().filter(o -> o.outcomes().contains(code.code())).toList();
            List<Offer> provision = inCell.stream().filter(o -> o.entry() == EntryKind.PROVISION).toList();
            int recordedGaps = (int) inCell.stream().filter(o -> o.entry() == EntryKind.GAP).count();
            int offers = provision.size();
            cells.add(new ProvisionMap.Cell(code.code(), code.strand(), code.level(), offers,
                    provision.stream().mapToInt(Offer::capacity).sum(), provision.stream().mapToDouble(Offer::hours).sum(),
                    offers == 0 || recordedGaps > 0, offers > 0 && offers < values.thinBelow(), recordedGaps));
        }
        List<Offer> provision = matching.stream().filter(o -> o.entry() == EntryKind.PROVISION).toList();
        List<Locality> localities = register.facts(area).localities();
        List<ProvisionMap.Duplicate> duplicates = new ArrayList<>();
        int duplicateCount = duplicates(provision, duplicates);
        return new ProvisionMap(filter, cells, balance(provision, values.specialistShareMax()), duplicates, duplicateCount,
                coverage(all, filter, localities), values.thinBelow());
    }

    private static ProvisionMap.Balance balance(List<Offer> provision, double specialistShareMax) {
        Map<Level, Double> byLevel = new EnumMap<>(Level.class);
        Map<Strand, Double> byStrand = new EnumMap<>(Strand.class);
        for (Level l : Level.values()) {
            byLevel.put(l, 0.0);
        }
        for (Strand s : Strand.values()) {
            byStrand.put(s, 0.0);
        }
        double total = 0;
        for (Offer o : provision) {
            if (o.outcomes().isEmpty() || o.hours() == 0) {
                continue;
            }
            double share = o.hours() / o.outcomes().size();
            for (String code : o.outcomes()) {
                OutcomeCode c = OutcomeCode.parse(code).orElseThrow();
                byLevel.merge(c.level(), share, Double::sum);
                byStrand.merge(c.strand(), share, Double::sum);
            }
            total += o.hours();
        }
        double sum = total;
        byLevel.replaceAll((k, v) -> sum == 0 ? 0 : v / sum);
        byStrand.replaceAll((k, v) -> sum == 0 ? 0 : v / sum);
        double specialist = byLevel.get(Level.SPECIALIST);
        return new ProvisionMap.Balance(total, byLevel, byStrand, specialist, specialistShareMax, specialist > specialistShareMax);
    }

    /** Lists the first {@link #MAX_DUPLICATES} pairs and returns how many there are in all. */
    private static int duplicates(List<Offer> provision, List<ProvisionMap.Duplicate> found) {
        int count = 0;
        for (OutcomeCode code : OutcomeCode.ALL) {
            List<Offer> inCell = provision.stream().filter(o -> o.outcomes().contains(code.code())).toList();
            for (int i = 0; i < inCell.size(); i++) {
                for (int j = i + 1; j < inCell.size(); j++) {
                    Offer a = inCell.get(i);
                    Offer b = inCell.get(j);
                    if (!a.partner().equals(b.partner()) && samePlace(a, b) && a.servesAges(b.ageFrom(), b.ageTo())) {
                        count++;
                        if (found.size() < MAX_DUPLICATES) {
                            found.add(new ProvisionMap.Duplicate(code.code(), a.id(), a.name(), a.partner(), b.id(), b.name(), b.partner()));
                        }
                    }
                }
            }
        }
        return count;
    }

    private static boolean samePlace(Offer a, Offer b) {
        if (a.areaWide() || b.areaWide()) {
            return true;
        }
        Set<Long> shared = new HashSet<>(a.localityIds());
        shared.retainAll(b.localityIds());
        return !shared.isEmpty() || a.settingRefs().stream().anyMatch(b.settingRefs()::contains);
    }

    private static List<ProvisionMap.LocalityCoverage> coverage(List<Offer> all, MapFilter filter, List<Locality> localities) {
        java.util.Set<String> everywhere = new HashSet<>();
        Map<Long, Set<String>> covered = new java.util.HashMap<>();
        for (Offer o : all) {
            if (o.entry() != EntryKind.PROVISION || !filter.matchesApartFromPlace(o)) {
                continue;
            }
            if (o.areaWide()) {
                everywhere.addAll(o.outcomes());
            } else {
                o.localityIds().forEach(id -> covered.computeIfAbsent(id, k -> new HashSet<>()).addAll(o.outcomes()));
            }
        }
        List<ProvisionMap.LocalityCoverage> coverage = new ArrayList<>();
        for (Locality locality : localities) {
            Set<String> here = covered.getOrDefault(locality.id(), Set.of());
            List<String> missing = OutcomeCode.ALL.stream().map(OutcomeCode::code)
                    .filter(code -> !everywhere.contains(code) && !here.contains(code)).toList();
            coverage.add(new ProvisionMap.LocalityCoverage(locality.id(), locality.name(), missing));
        }
        return coverage;
    }
}
