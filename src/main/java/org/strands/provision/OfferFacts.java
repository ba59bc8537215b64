package org.strands.provision;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.platform.Area;

/**
 * On a setting's page: the area's current offers that reach it, whether named for the setting, area-wide, or in its
 * locality; the first few by name, with how many there are in all.
 */
@Component
class OfferFacts implements SettingFacts {

    static final int NAMED = 5;

    private final ProvisionRegister register;
    private final Localities localities;

    OfferFacts(ProvisionRegister register, Localities localities) {
        this.register = register;
        this.localities = localities;
    }

    @Override
    public List<Fact> about(Area area, Setting setting) {
        Optional<Long> locality = setting.wardCode() == null ? Optional.empty() : localities.of(area).stream()
                .filter(l -> l.wards().stream().anyMatch(w -> w.code().equals(setting.wardCode()))).map(Locality::id).findFirst();
        List<Offer> reaching = register.offers(area).stream()
                .filter(o -> o.status() == OfferStatus.CURRENT && o.entry() == EntryKind.PROVISION)
                .filter(o -> o.areaWide() || o.settingRefs().contains(setting.ref()) || locality.filter(o::reaches).isPresent())
                .toList();
        String href = "/areas/" + area.slug() + "/provision/offers";
        if (reaching.isEmpty()) {
            return List.of(new Fact("Offers that reach it", "None recorded", null));
        }
        String named = reaching.stream().limit(NAMED).map(o -> o.name() + " (" + o.partner() + ")").collect(Collectors.joining("; "));
        String more = reaching.size() > NAMED ? String.format(java.util.Locale.UK, "; and %,d more", reaching.size() - NAMED) : "";
        return List.of(new Fact("Offers that reach it", String.format(java.util.Locale.UK, "%,d: ", reaching.size()) + named + more, href));
    }
}
