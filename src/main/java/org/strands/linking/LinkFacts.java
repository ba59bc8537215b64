package org.strands.linking;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.platform.Area;

/** A school or setting's page shows its link therapist and link hours. */
@Component
class LinkFacts implements SettingFacts {

    private final LinkTherapists links;

    LinkFacts(LinkTherapists links) {
        this.links = links;
    }

    @Override
    public List<Fact> about(Area area, Setting setting) {
        if (setting.venue()) {
            return List.of();
        }
        String href = "/areas/" + area.slug() + "/link-therapists/settings/" + setting.ref();
        return links.assignment(area, setting.ref())
                .map(a -> List.of(new Fact("Link therapist", String.format(Locale.UK, "%s, %.1f link hours a year", a.therapist(), a.hours()), href)))
                .orElseGet(() -> List.of(new Fact("Link therapist", "None yet", null)));
    }
}
