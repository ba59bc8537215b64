package org.strands.need;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.strands.framework.Level;
import org.strands.framework.OutcomeCode;
import org.strands.platform.Area;
import org.strands.provision.EntryKind;
import org.strands.provision.MapFilter;
import org.strands.provision.Offer;
import org.strands.provision.ProvisionRegister;

/**
 * Estimated need beside current capacity, per locality and level: where need most exceeds what is provided.
 * An offer's annual capacity counts once at each level it serves. A locality-based offer's capacity is split
 * evenly between the localities it reaches; an area-wide offer's is shared in proportion to children.
 */
@Service
public class NeedAgainstProvision {

    /** Need and capacity (children a year) at one level in one locality; a positive shortfall means unmet need. */
    public record Gap(String locality, Level level, double need, double capacity, double shortfall) {
    }

    private final NeedEstimates estimates;
    private final ProvisionRegister provision;

    NeedAgainstProvision(NeedEstimates estimates, ProvisionRegister provision) {
        this.estimates = estimates;
        this.provision = provision;
    }

    /** Every locality and level, the largest shortfall first. */
    public List<Gap> gaps(Area area) {
        List<NeedRow> localities = estimates.need(area, "locality");
        double allChildren = localities.stream().mapToDouble(NeedRow::children).sum();
        Map<String, Map<Level, Double>> capacity = new HashMap<>();
        localities.forEach(l -> capacity.put(l.key(), new EnumMap<>(Level.class)));
        for (Offer o : provision.offers(area)) {
            if (o.entry() != EntryKind.PROVISION || !MapFilter.CURRENT.matchesApartFromPlace(o) || o.capacity() == 0) {
                continue;
            }
            Set<Level> levels = EnumSet.noneOf(Level.class);
            o.outcomes().forEach(code -> OutcomeCode.parse(code).ifPresent(c -> levels.add(c.level())));
            for (NeedRow l : localities) {
                double share = o.areaWide() ? (allChildren == 0 ? 0 : l.children() / allChildren)
                        : o.localityIds().contains(parse(l.key())) ? 1.0 / o.localityIds().size() : 0;
                if (share > 0) {
                    levels.forEach(level -> capacity.get(l.key()).merge(level, o.capacity() * share, Double::sum));
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (NeedRow l : localities) {
            Map<Level, Double> provided = capacity.get(l.key());
            gaps.add(gap(l.name(), Level.UNIVERSAL, l.universal(), provided));
            gaps.add(gap(l.name(), Level.TARGETED, l.targeted(), provided));
            gaps.add(gap(l.name(), Level.SPECIALIST, l.specialist(), provided));
        }
        gaps.sort(Comparator.comparingDouble(Gap::shortfall).reversed());
        return gaps;
    }

    private static Gap gap(String locality, Level level, double need, Map<Level, Double> provided) {
        double capacity = provided.getOrDefault(level, 0.0);
        return new Gap(locality, level, need, capacity, need - capacity);
    }

    private static Long parse(String key) {
        try {
            return Long.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
