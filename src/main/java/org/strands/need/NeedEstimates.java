package org.strands.need;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AgeShares;
import org.strands.place.AreaPlaces;
import org.strands.place.SmallArea;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;

/** Estimated need by place and level, from the area's planning model and its small areas. */
@Service
public class NeedEstimates {

    /** The places need is added up by. */
    public static final List<String> GROUPINGS = List.of("small-area", "ward", "locality", "area");

    /** Where the model's defaults come from (see the domain reference). */
    public static final List<String> SOURCES = List.of(
            "Children: Census 2021 usual residents aged 15 and under, by small area (ONS).",
            "Deprivation: English Indices of Deprivation 2025, decile of each small area (MHCLG).",
            "Targeted rate: about 10% of children have a language disorder of some kind (Norbury et al. 2016), and more where disadvantage is greater (Locke, Ginsborg & Peers 2002).",
            "Specialist rate: around 1% of children have the most severe and complex needs (Bercow Review 2008).");

    public record ModelChange(String changedBy, OffsetDateTime changedAt, String parameters) {
    }

    private final JdbcClient db;
    private final AreaPlaces places;
    private final AuditTrail audit;
    private final Clock clock;

    NeedEstimates(JdbcClient db, AreaPlaces places, AuditTrail audit, Clock clock) {
        this.db = db;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    public NeedModel model(Area area) {
        return db.sql("select targeted_rate, deprivation_multiplier, specialist_rate, specialist_weight from need_model where area_id = ?")
                .param(area.id()).query(NeedModel.class).optional().orElse(NeedModel.DEFAULT);
    }

    @Transactional
    public NeedModel change(Area area, NeedModel model, String by) {
        model.checked();
        Timestamp now = Timestamp.from(clock.instant());
        db.sql("""
                insert into need_model (area_id, targeted_rate, deprivation_multiplier, specialist_rate, specialist_weight, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (area_id) do update set targeted_rate = excluded.targeted_rate,
                  deprivation_multiplier = excluded.deprivation_multiplier, specialist_rate = excluded.specialist_rate,
                  specialist_weight = excluded.specialist_weight, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(area.id(), model.targetedRate(), model.deprivationMultiplier(), model.specialistRate(),
                        model.specialistWeight(), by, now).update();
        String parameters = "{\"targetedRate\":" + model.targetedRate() + ",\"deprivationMultiplier\":" + model.deprivationMultiplier()
                + ",\"specialistRate\":" + model.specialistRate() + ",\"specialistWeight\":" + model.specialistWeight() + "}";
        db.sql("insert into need_model_change (area_id, changed_by, changed_at, parameters) values (?, ?, ?, ?::jsonb)")
                .params(area.id(), by, now, parameters).update();
        audit.record(area.id(), "NEED_MODEL_CHANGED", "area", area.slug(), parameters);
        return model(area);
    }

    public List<ModelChange> history(Area area) {
        return db.sql("select changed_by, changed_at, parameters::text as parameters from need_model_change where area_id = ? order by changed_at desc, id desc")
                .param(area.id()).query(ModelChange.class).list();
    }

    /** Need by {@code small-area}, {@code ward}, {@code locality} or {@code area}, for all children aged 0 to 15. */
    public List<NeedRow> need(Area area, String by) {
        return need(area, by, AgeShares.Band.ALL);
    }

    /** Need by place for one age band: each small area's children times its share in that band. */
    public List<NeedRow> need(Area area, String by, AgeShares.Band band) {
        NeedModel model = model(area);
        List<NeedTable.Part> parts = parts(area, band);
        return switch (by == null ? "area" : by) {
            case "small-area" -> NeedTable.bySmallArea(model, parts);
            case "ward" -> NeedTable.by(model, parts, NeedTable.Part::wardCode, NeedTable.Part::ward);
            case "locality" -> NeedTable.by(model, parts, NeedTable.Part::localityKey, NeedTable.Part::locality);
            case "area" -> List.of(NeedTable.total(model, parts, area.slug(), area.name()));
            default -> throw InvalidInput.of("by", "Add up need by one of: " + String.join(", ", GROUPINGS) + ".");
        };
    }

    /** Each school and setting with its pupils × the targeted rate of its small area. */
    public List<SettingNeed> settings(Area area) {
        NeedModel model = model(area);
        return places.settings(area, AreaPlaces.SettingFilter.NONE).stream().map(s -> new SettingNeed(s.ref(), s.name(), s.phase(),
                s.pupils(), s.imdDecile(), s.pupils() == null || s.imdDecile() == null ? null : s.pupils() * model.targetedRate(s.imdDecile()),
                s.latitude(), s.longitude())).toList();
    }

    /** The age band's code, checked; null or blank is all ages. */
    public static AgeShares.Band band(String code) {
        return code == null || code.isBlank() ? AgeShares.Band.ALL : AgeShares.Band.of(code.strip())
                .orElseThrow(() -> InvalidInput.of("ageBand", "Choose an age band: all, 0-4, 5-10 or 11-15."));
    }

    private List<NeedTable.Part> parts(Area area, AgeShares.Band band) {
        List<SmallArea> smallAreas = places.smallAreas(area, AreaPlaces.SmallAreaFilter.NONE);
        AgeShares typical = band == AgeShares.Band.ALL ? null : typicalShares(smallAreas);
        return smallAreas.stream().map(s -> part(s, band, s.ageShares() == null ? typical : s.ageShares())).toList();
    }

    /**
     * The area's shares across the small areas that have them, for any that do not (a small area the 2011 to 2021
     * lookup misses). With no shares at all, age bands cannot be shown.
     */
    private static AgeShares typicalShares(List<SmallArea> smallAreas) {
        double children = 0;
        double under5 = 0;
        double from5to10 = 0;
        for (SmallArea s : smallAreas) {
            if (s.ageShares() != null && s.children0to15() != null) {
                children += s.children0to15();
                under5 += s.children0to15() * s.ageShares().under5();
                from5to10 += s.children0to15() * s.ageShares().from5to10();
            }
        }
        if (children == 0) {
            throw InvalidInput.of("ageBand", "Age bands need the mid-2020 population by age and the 2011 to 2021 small area lookup. "
                    + "A system administrator loads them on the Reference data page.");
        }
        return new AgeShares(under5 / children, from5to10 / children, 1 - under5 / children - from5to10 / children);
    }

    /** A small area with no deprivation decile is estimated without a deprivation uplift (as decile 10). */
    private static NeedTable.Part part(SmallArea s, AgeShares.Band band, AgeShares shares) {
        double children = s.children0to15() == null ? 0 : s.children0to15();
        return new NeedTable.Part(s.code(), s.name(), s.wardCode(), s.ward(),
                s.localityId() == null ? "none" : String.valueOf(s.localityId()),
                s.locality() == null ? "Not in a locality" : s.locality(),
                band == AgeShares.Band.ALL ? children : children * shares.share(band), s.imdDecile() == null ? 10 : s.imdDecile());
    }
}
