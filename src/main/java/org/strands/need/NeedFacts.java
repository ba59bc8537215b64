package org.strands.need;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.platform.Area;

/** On a setting's page: how many of its children are likely to need targeted support, as the need model estimates. */
@Component
class NeedFacts implements SettingFacts {

    private final NeedEstimates estimates;

    NeedFacts(NeedEstimates estimates) {
        this.estimates = estimates;
    }

    @Override
    public List<Fact> about(Area area, Setting setting) {
        if (setting.venue()) {
            return List.of();
        }
        return estimates.settings(area).stream().filter(n -> n.ref().equals(setting.ref())).findFirst()
                .map(n -> n.targeted() == null
                        ? new Fact("Estimated need", "Not known: Strands does not know its pupils or its small area", null)
                        : new Fact("Estimated need", String.format(Locale.UK, "About %,d %s likely to need targeted support (estimate from "
                                + "pupils and local rates)", Math.round(n.targeted()), Math.round(n.targeted()) == 1 ? "child" : "children"), null))
                .map(List::of).orElse(List.of());
    }
}
