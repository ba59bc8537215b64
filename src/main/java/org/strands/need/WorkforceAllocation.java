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

    /**
     * One locality's share: need-based, even, and current (null when not given), with the need-based share split
     * by role in the workforce's proportions.
     */
    public record Share(String key, String name, double demand, double needBased, double even, Double current,
            Map<String, Double> needBasedByRole) {
    }

    public record Allocation(double fte, Map<String, Double> roles, double k, NeedModel model, List<Share> localities) {
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
        return allocate(area, fte, Map.of(), k, current);
    }

    /**
     * @param roles FTE by role, such as therapists and assistants; when given, the workforce is their sum and
     *     {@code fte} may be null
     */
    public Allocation allocate(Area area, Double fte, Map<String, Double> roles, Double k, Map<String, Double> current) {
        List<RowError> errors = new ArrayList<>();
        roles.forEach((role, value) -> {
            if (value == null || !(value >= 0) || value > 100_000) {
                errors.add(new RowError(0, "roles." + role, "Enter the " + role.toLowerCase(java.util.Locale.UK) + " in full-time equivalents, 0 or more."));
            }
        });
        if (!roles.isEmpty() && errors.isEmpty()) {
            fte = roles.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        if (roles.isEmpty() && (fte == null || !(fte >= 0) || fte > 100_000)) {
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
        double workforce = fte;
        List<Share> shares = rows.stream().map(r -> {
            double demand = r.targeted() + weight * r.specialist();
            double share = totalDemand == 0 ? 1.0 / rows.size() : demand / totalDemand;
            Map<String, Double> byRole = new java.util.LinkedHashMap<>();
            roles.forEach((role, value) -> byRole.put(role, value * share));
            return new Share(r.key(), r.name(), demand, workforce * share, workforce / rows.size(), current.get(r.key()), byRole);
        }).toList();
        return new Allocation(workforce, roles, weight, model, shares);
    }
}
