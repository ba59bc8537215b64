package org.strands.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/**
 * Shares a therapy workforce between localities in proportion to need-weighted demand (targeted need plus
 * k times specialist need), beside an even spread and, when given, the current allocation.
 */
@Service
public class WorkforceAllocation {

    /** One locality's share: need-based, even, and current (null when not given). */
    public record Share(String key, String name, double demand, double needBased, double even, Double current) {
    }

    public record Allocation(double fte, double k, NeedModel model, List<Share> localities) {
    }

    private final NeedEstimates estimates;

    WorkforceAllocation(NeedEstimates estimates) {
        this.estimates = estimates;
    }

    /**
     * @param k the weight of specialist need; null uses the area's model
     * @param current FTE now in each locality by key, for comparison; may be empty
     */
    public Allocation allocate(Area area, Double fte, Double k, Map<String, Double> current) {
        List<RowError> errors = new ArrayList<>();
        if (fte == null || !(fte >= 0) || fte > 100_000) {
            errors.add(new RowError(0, "fte", "Enter the workforce in full-time equivalents, 0 or more."));
        }
        if (k != null && !(k >= 0 && k <= 100)) {
            errors.add(new RowError(0, "k", "The specialist weight k is from 0 to 100."));
        }
        current.forEach((key, value) -> {
            if (value == null || !(value >= 0)) {
                errors.add(new RowError(0, "current." + key, "Current FTE is 0 or more."));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput("The workforce was not allocated.", errors);
        }
        NeedModel model = estimates.model(area);
        double weight = k == null ? model.specialistWeight() : k;
        List<NeedRow> rows = estimates.need(area, "locality");
        double totalDemand = rows.stream().mapToDouble(r -> r.targeted() + weight * r.specialist()).sum();
        List<Share> shares = rows.stream().map(r -> {
            double demand = r.targeted() + weight * r.specialist();
            double needBased = totalDemand == 0 ? fte / rows.size() : fte * demand / totalDemand;
            return new Share(r.key(), r.name(), demand, needBased, fte / rows.size(), current.get(r.key()));
        }).toList();
        return new Allocation(fte, weight, model, shares);
    }
}
