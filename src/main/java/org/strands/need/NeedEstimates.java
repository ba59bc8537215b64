package org.strands.need;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    /** Need by {@code small-area}, {@code ward}, {@code locality} or {@code area}. */
    public List<NeedRow> need(Area area, String by) {
        NeedModel model = model(area);
        List<NeedTable.Part> parts = parts(area);
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

    private List<NeedTable.Part> parts(Area area) {
        return places.smallAreas(area, AreaPlaces.SmallAreaFilter.NONE).stream().map(NeedEstimates::part).toList();
    }

    /** A small area with no deprivation decile is estimated without a deprivation uplift (as decile 10). */
    private static NeedTable.Part part(SmallArea s) {
        return new NeedTable.Part(s.code(), s.name(), s.wardCode(), s.ward(),
                s.localityId() == null ? "none" : String.valueOf(s.localityId()),
                s.locality() == null ? "Not in a locality" : s.locality(),
                s.children0to15() == null ? 0 : s.children0to15(), s.imdDecile() == null ? 10 : s.imdDecile());
    }
}
