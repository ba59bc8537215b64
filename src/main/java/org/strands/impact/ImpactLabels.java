package org.strands.impact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.journey.Ethnicity;
import org.strands.platform.Area;
import org.strands.platform.Copy;
import org.strands.provision.Choice;
import org.strands.provision.Offer;
import org.strands.provision.ProvisionRegister;

/** The names people know groups by: levels and strands from the framework, offers from the provision map. */
@Component
class ImpactLabels {

    private final ProvisionRegister register;

    ImpactLabels(ProvisionRegister register) {
        this.register = register;
    }

    Map<String, String> groups(Area area, String groupBy, Collection<String> keys) {
        Map<String, String> names = new HashMap<>();
        switch (groupBy) {
            case "level" -> {
                for (Level l : Level.values()) {
                    names.put(String.valueOf(l.number()), l.label());
                }
            }
            case "strand" -> {
                for (Strand s : Strand.values()) {
                    names.put(s.prefix(), s.label());
                }
            }
            case "offer" -> {
                if (!keys.isEmpty()) {
                    for (Offer o : register.offers(area)) {
                        names.put(String.valueOf(o.id()), o.name());
                    }
                }
                keys.forEach(k -> names.putIfAbsent(k, Copy.of("impact.offerGone", k)));
            }
            default -> keys.forEach(k -> names.put(k, k.isEmpty() ? Copy.of("impact.notRecorded") : k));
        }
        return names;
    }

    static String equity(String breakdown, String key) {
        if (key.isEmpty()) {
            return Copy.of("impact.notRecorded");
        }
        if ("ethnicity".equals(breakdown)) {
            return Choice.parse(Ethnicity.class, key).map(Ethnicity::label).orElse(key);
        }
        return "quintile".equals(breakdown) ? Copy.of("impact.quintile." + key) : key;
    }
}
