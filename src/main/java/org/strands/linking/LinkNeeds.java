package org.strands.linking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.strands.need.NeedEstimates;
import org.strands.need.NeedModel;
import org.strands.place.AreaPlaces;
import org.strands.place.ReferenceDataLoaded;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.ShortLivedCache;

/**
 * The need each linked school and setting brings, weighted as the workforce is (targeted need plus k times
 * specialist need). In most settings targeted need is pupils × the targeted rate of its small area and
 * specialist need pupils × the specialist rate; in special schools and alternative provision every pupil counts
 * at the specialist level. Pupils that are not recorded are estimated from settings of the same kind.
 */
@Component
class LinkNeeds {

    /** A setting the area links, with its pupils (recorded or estimated) and its weighted need. */
    record Need(Setting setting, SettingKind kind, PupilEstimates.Pupils pupils, double weighted) {
        String ref() {
            return setting.ref();
        }
    }

    /** England's typical pupils change only when reference data is loaded again. */
    private final ShortLivedCache<Boolean, List<AreaPlaces.TypicalPupils>> england = new ShortLivedCache<>(Duration.ofSeconds(5), 1);
    private final AreaPlaces places;
    private final NeedEstimates estimates;
    private final LinkKinds kinds;

    LinkNeeds(AreaPlaces places, NeedEstimates estimates, LinkKinds kinds) {
        this.places = places;
        this.estimates = estimates;
        this.kinds = kinds;
    }

    /**
     * National data loaded again: England's typical pupils are read afresh. A reaction that may lag a moment, so
     * it runs after the load commits, and the event publication registry keeps it until it has.
     */
    @ApplicationModuleListener
    void on(ReferenceDataLoaded loaded) {
        england.clear();
    }

    /** Every school and setting of a kind the area links, in name order. */
    List<Need> of(Area area) {
        List<Setting> all = places.settings(area, AreaPlaces.SettingFilter.NONE);
        Set<SettingKind> chosen = kinds.chosen(area);
        NeedModel model = estimates.model(area);
        PupilEstimates estimate = new PupilEstimates(all, england.get(true, key -> places.typicalPupilsInEngland()));
        List<Need> needs = new ArrayList<>();
        for (Setting s : all) {
            SettingKind kind = SettingKind.of(s).orElse(null);
            if (kind == null || !chosen.contains(kind)) {
                continue;
            }
            PupilEstimates.Pupils pupils = estimate.of(s, kind);
            needs.add(new Need(s, kind, pupils, weighted(model, kind, pupils.pupils(), s.imdDecile())));
        }
        return needs;
    }

    /** A setting with no deprivation decile is taken without an uplift (as decile 10), as small areas are. */
    static double weighted(NeedModel model, SettingKind kind, Integer pupils, Integer decile) {
        if (pupils == null) {
            return 0;
        }
        if (kind.specialist()) {
            return model.specialistWeight() * pupils;
        }
        double targeted = pupils * model.targetedRate(decile == null ? 10 : decile);
        return targeted + model.specialistWeight() * pupils * model.specialistRate();
    }
}
