package org.strands.linking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.platform.Area;

/** A school or setting's page shows its link therapist and link hours. */
@Component
class LinkFacts implements SettingFacts {

    private final LinkTherapists links;
    private final LinkKinds kinds;

    LinkFacts(LinkTherapists links, LinkKinds kinds) {
        this.links = links;
        this.kinds = kinds;
    }

    @Override
    public List<Fact> about(Area area, Setting setting) {
        Optional<SettingKind> kind = SettingKind.of(setting);
        if (kind.isEmpty()) {
            return List.of();
        }
        if (!kinds.chosen(area).contains(kind.get())) {
            return List.of(new Fact("Link therapist", "None: " + area.name() + " does not give "
                    + kind.get().label().toLowerCase(Locale.UK) + " a link therapist", null));
        }
        String href = "/areas/" + area.slug() + "/link-therapists/settings/" + setting.ref();
        return links.assignment(area, setting.ref())
                .map(a -> List.of(new Fact("Link therapist", String.format(Locale.UK, "%s, %.1f link hours a year%s", a.therapist(), a.hours(),
                        a.pupilsEstimated() && a.pupils() != null ? String.format(Locale.UK, " (from an estimated %,d pupils)", a.pupils()) : ""), href)))
                .orElseGet(() -> List.of(new Fact("Link therapist", "None yet", null)));
    }
}
