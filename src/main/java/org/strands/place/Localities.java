package org.strands.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/** An area's localities: by default one per ward, then regrouped and renamed by the area. */
@Service
public class Localities {

    /** A locality as submitted: its name and the codes of its wards. */
    public record Grouping(String name, List<String> wards) {
    }

    private final JdbcClient db;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Localities(JdbcClient db, AuditTrail audit, ApplicationEventPublisher events) {
        this.db = db;
        this.audit = audit;
        this.events = events;
    }

    public List<Locality> of(Area area) {
        record Row(long id, String name, String wardCode, String wardName) {
        }
        List<Row> rows = db.sql("""
                select l.id, l.name, lw.ward_code, w.ward_name from locality l
                left join locality_ward lw on lw.locality_id = l.id
                left join (select distinct ward_code, ward_name from ref_small_area) w on w.ward_code = lw.ward_code
                where l.area_id = ? order by l.name, w.ward_name""").param(area.id()).query(Row.class).list();
        Map<Long, Locality> byId = new LinkedHashMap<>();
        for (Row row : rows) {
            Locality locality = byId.computeIfAbsent(row.id(), id -> new Locality(id, row.name(), new ArrayList<>()));
            if (row.wardCode() != null) {
                locality.wards().add(new Locality.Ward(row.wardCode(), row.wardName() == null ? row.wardCode() : row.wardName()));
            }
        }
        return byId.values().stream().map(l -> new Locality(l.id(), l.name(), List.copyOf(l.wards()))).toList();
    }

    /** The wards of the area (from its small areas), by name. */
    public List<Locality.Ward> wardsOf(Area area) {
        return db.sql("""
                select distinct ward_code as code, ward_name as name from ref_small_area
                where lad_code = any(string_to_array(?, ',')) order by ward_name""")
                .param(String.join(",", area.districtCodes())).query(Locality.Ward.class).list();
    }

    /** Gives every ward of the area that has no locality a locality of its own, named after the ward. */
    @Transactional
    public void addMissingWards(Area area) {
        Set<String> assigned = new HashSet<>(db.sql("select ward_code from locality_ward where area_id = ?")
                .param(area.id()).query(String.class).list());
        boolean added = false;
        for (Locality.Ward ward : wardsOf(area)) {
            if (!assigned.contains(ward.code())) {
                added = true;
                String name = uniqueName(area.id(), ward.name());
                long id = db.sql("insert into locality (area_id, name) values (?, ?) returning id")
                        .params(area.id(), name).query(Long.class).single();
                db.sql("insert into locality_ward (area_id, ward_code, locality_id) values (?, ?, ?)")
                        .params(area.id(), ward.code(), id).update();
            }
        }
        if (added) {
            events.publishEvent(new LocalitiesRegrouped(area.id(), List.of(), AuditTrail.currentActor()));
        }
    }

    /**
     * Replaces the area's localities with the given grouping. Every ward of the area must be in exactly one
     * locality, names must be unique and not blank; otherwise nothing changes.
     */
    @Transactional
    public List<Locality> regroup(Area area, List<Grouping> groupings) {
        Map<String, Locality.Ward> wards = new LinkedHashMap<>();
        wardsOf(area).forEach(w -> wards.put(w.code(), w));
        List<RowError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> wardToLocality = new LinkedHashMap<>();
        for (int i = 0; i < groupings.size(); i++) {
            Grouping g = groupings.get(i);
            String field = "Locality " + (i + 1) + ":";
            if (g.name() == null || g.name().isBlank()) {
                errors.add(new RowError(0, field + " name", "Enter a name for the locality."));
            } else if (g.name().strip().length() > TextLimits.NAME) {
                errors.add(new RowError(0, field + " name", "The name must be " + TextLimits.NAME + " characters or fewer."));
            } else if (!names.add(g.name().strip().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new RowError(0, field + " name", "There is already a locality called \"" + g.name().strip() + "\"."));
            }
            for (String ward : wardsOf(g)) {
                if (!wards.containsKey(ward)) {
                    errors.add(new RowError(0, field + " wards", ward + " is not a ward of " + area.name() + "."));
                } else if (wardToLocality.putIfAbsent(ward, g.name()) != null) {
                    errors.add(new RowError(0, field + " wards", wards.get(ward).name() + " is in more than one locality."));
                }
            }
        }
        wards.values().stream().filter(w -> !wardToLocality.containsKey(w.code()))
                .forEach(w -> errors.add(new RowError(0, "Wards", w.name() + " (" + w.code() + ") is not in any locality.")));
        if (!errors.isEmpty()) {
            throw new InvalidInput("The localities were not changed.", errors);
        }
        // A locality whose name stays keeps its id, so that what refers to it (offers, actions) still does.
        List<Locality> before = of(area);
        Map<String, Long> existing = new HashMap<>();
        db.sql("select id, name from locality where area_id = ?").param(area.id())
                .query((rs, n) -> existing.put(rs.getString(2).toLowerCase(java.util.Locale.ROOT), rs.getLong(1))).list();
        db.sql("delete from locality_ward where area_id = ?").param(area.id()).update();
        List<Long> kept = new ArrayList<>();
        for (Grouping g : groupings) {
            String name = g.name().strip();
            Long id = existing.get(name.toLowerCase(java.util.Locale.ROOT));
            if (id == null) {
                id = db.sql("insert into locality (area_id, name) values (?, ?) returning id").params(area.id(), name)
                        .query(Long.class).single();
            } else {
                db.sql("update locality set name = ? where id = ?").params(name, id).update();
            }
            kept.add(id);
            for (String ward : wardsOf(g)) {
                db.sql("insert into locality_ward (area_id, ward_code, locality_id) values (?, ?, ?)")
                        .params(area.id(), ward, id).update();
            }
        }
        db.sql("delete from locality where area_id = ? and not (id = any(string_to_array(?, ',')::bigint[]))")
                .params(area.id(), String.join(",", kept.stream().map(String::valueOf).toList())).update();
        List<Locality> after = of(area);
        LocalitiesRegrouped regrouped = new LocalitiesRegrouped(area.id(), moves(before, after), AuditTrail.currentActor());
        events.publishEvent(regrouped);
        audit.record(area.id(), "LOCALITIES_REGROUPED", "area", area.slug(), groupings.size() + " localities"
                + (regrouped.moves().isEmpty() ? "" : "; " + regrouped.names()));
        return after;
    }

    /** Each locality that is gone or renamed, with the localities its wards are in now. */
    private static List<LocalitiesRegrouped.Move> moves(List<Locality> before, List<Locality> after) {
        Map<String, Locality> byWard = new HashMap<>();
        Map<Long, Locality> byId = new HashMap<>();
        after.forEach(l -> {
            byId.put(l.id(), l);
            l.wards().forEach(w -> byWard.put(w.code(), l));
        });
        List<LocalitiesRegrouped.Move> moves = new ArrayList<>();
        for (Locality old : before) {
            Locality same = byId.get(old.id());
            if (same != null && same.name().equals(old.name())) {
                continue;
            }
            List<Locality> now = same != null ? List.of(same)
                    : old.wards().stream().map(w -> byWard.get(w.code())).filter(java.util.Objects::nonNull).distinct().toList();
            moves.add(new LocalitiesRegrouped.Move(old.id(), old.name(), now.stream().map(Locality::id).toList(),
                    now.stream().map(Locality::name).toList()));
        }
        return moves;
    }


    private static List<String> wardsOf(Grouping grouping) {
        return grouping.wards() == null ? List.of() : grouping.wards();
    }

    private String uniqueName(long areaId, String name) {
        String candidate = name;
        for (int n = 2; db.sql("select count(*) from locality where area_id = ? and name = ?").params(areaId, candidate)
                .query(Integer.class).single() > 0; n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
