package org.strands.linking;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;

/**
 * Which kinds of school and setting the area gives a link therapist. Settings of other kinds are not placed and
 * get no link time; choosing fewer kinds removes the links of settings no longer chosen.
 */
@Service
public class LinkKinds {

    /** One kind, whether the area links it, and how many of the area's settings are of it. */
    public record Choice(SettingKind code, String label, String hint, boolean chosen, long settings) {
    }

    private final JdbcClient db;
    private final AreaPlaces places;
    private final AuditTrail audit;
    private final Clock clock;

    LinkKinds(JdbcClient db, AreaPlaces places, AuditTrail audit, Clock clock) {
        this.db = db;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    /** The kinds the area links: its choice, or the defaults. */
    public Set<SettingKind> chosen(Area area) {
        return db.sql("select kinds from link_setting_kinds where area_id = ?").param(area.id())
                .query((rs, row) -> Arrays.stream((String[]) rs.getArray("kinds").getArray()).map(SettingKind::parse)
                        .flatMap(Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(SettingKind.class))))
                .optional().<Set<SettingKind>>map(k -> k).orElse(SettingKind.DEFAULTS);
    }

    /** Every kind, in order, with the area's choice and its number of settings. */
    public List<Choice> choices(Area area) {
        Set<SettingKind> chosen = chosen(area);
        Map<SettingKind, Long> counts = places.settings(area, AreaPlaces.SettingFilter.NONE).stream()
                .map(SettingKind::of).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        return Arrays.stream(SettingKind.values()).map(k -> new Choice(k, k.label(), k.hint(), chosen.contains(k),
                counts.getOrDefault(k, 0L))).toList();
    }

    /** Whether the area links this school or setting. */
    boolean linked(Set<SettingKind> chosen, Setting setting) {
        return SettingKind.of(setting).filter(chosen::contains).isPresent();
    }

    /** Stores the area's choice by codes; unknown codes or none at all are refused and nothing changes. */
    @Transactional
    public Set<SettingKind> choose(Area area, Collection<String> codes, String by) {
        if (codes == null || codes.isEmpty()) {
            throw InvalidInput.of("kinds", "Choose at least one kind of school or setting to give a link therapist.");
        }
        EnumSet<SettingKind> kinds = EnumSet.noneOf(SettingKind.class);
        for (String code : codes) {
            kinds.add(SettingKind.parse(code).orElseThrow(() -> InvalidInput.of("kinds", "There is no kind of setting called "
                    + code + ". Choose from: " + Arrays.stream(SettingKind.values()).map(SettingKind::label).collect(Collectors.joining(", ")) + ".")));
        }
        String[] stored = kinds.stream().map(Enum::name).toArray(String[]::new);
        db.sql("""
                insert into link_setting_kinds (area_id, kinds, chosen_by, chosen_at) values (?, ?, ?, ?)
                on conflict (area_id) do update set kinds = excluded.kinds, chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at""")
                .params(area.id(), stored, by, Timestamp.from(clock.instant())).update();
        String[] gone = places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !linked(kinds, s))
                .map(Setting::ref).toArray(String[]::new);
        db.sql("delete from link_assignment where area_id = ? and setting_ref = any(?)").params(area.id(), gone).update();
        audit.recordAs(by, area.id(), "LINK_KINDS_CHOSEN", "area", area.slug(),
                kinds.stream().map(SettingKind::label).collect(Collectors.joining(", ")));
        return chosen(area);
    }
}
