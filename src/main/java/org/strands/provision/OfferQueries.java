package org.strands.provision;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads an area's offers with their lists: one query per table, joined in memory. */
@Component
class OfferQueries {

    private final JdbcClient db;

    OfferQueries(JdbcClient db) {
        this.db = db;
    }

    /**
     * Localities are resolved now: a locality that no longer exists is dropped, and a setting counts in the
     * locality its ward is in today.
     */
    List<Offer> of(long areaId, AreaFacts facts) {
        Map<Long, String> localityNames = facts.localityNames();
        record Row(long id, String partner, String partnerType, String name, String description, String entry,
                boolean areaWide, Integer ageFrom, Integer ageTo, String accessRoute, String deliveredBy,
                Integer annualCapacity, BigDecimal annualHours, BigDecimal annualCost, String status, String contact,
                String howToAccess, String updatedBy, OffsetDateTime updatedAt) {
        }
        List<Row> rows = db.sql("""
                select o.id, p.name as partner, p.type as partner_type, o.name, o.description, o.entry, o.area_wide,
                       o.age_from, o.age_to, o.access_route, o.delivered_by, o.annual_capacity, o.annual_hours,
                       o.annual_cost, o.status, o.contact, o.how_to_access, o.updated_by, o.updated_at
                from offer o join partner p on p.id = o.partner_id where o.area_id = ? order by p.name, o.name""")
                .param(areaId).query(Row.class).list();
        Map<Long, List<String>> outcomes = strings(areaId, "offer_outcome", "outcome_code");
        Map<Long, List<String>> disciplines = strings(areaId, "offer_discipline", "discipline");
        Map<Long, List<String>> settings = strings(areaId, "offer_setting", "setting_ref");
        Map<Long, List<String>> evidence = strings(areaId, "offer_evidence", "url");
        Map<Long, List<Long>> localities = ids(areaId, "select l.offer_id, l.locality_id from offer_locality l");
        localities.values().forEach(ids -> ids.removeIf(id -> !localityNames.containsKey(id)));
        List<Offer> offers = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Long> reached = new ArrayList<>(localities.getOrDefault(r.id(), List.of()));
            settings.getOrDefault(r.id(), List.of()).stream().map(ref -> facts.localityOfSetting().get(ref))
                    .filter(java.util.Objects::nonNull).filter(id -> !reached.contains(id)).forEach(reached::add);
            offers.add(new Offer(r.id(), r.partner(), PartnerType.valueOf(r.partnerType()), r.name(), r.description(),
                    outcomes.getOrDefault(r.id(), List.of()), EntryKind.valueOf(r.entry()),
                    disciplines.getOrDefault(r.id(), List.of()), r.areaWide(),
                    localities.getOrDefault(r.id(), List.of()).stream().map(localityNames::get).toList(),
                    settings.getOrDefault(r.id(), List.of()), List.copyOf(reached), r.ageFrom(),
                    r.ageTo(), r.accessRoute() == null ? null : AccessRoute.valueOf(r.accessRoute()),
                    r.deliveredBy() == null ? null : DeliveredBy.valueOf(r.deliveredBy()), r.annualCapacity(),
                    r.annualHours(), r.annualCost(), OfferStatus.valueOf(r.status()),
                    evidence.getOrDefault(r.id(), List.of()), r.contact(), r.howToAccess(), r.updatedBy(), r.updatedAt()));
        }
        return List.copyOf(offers);
    }

    private Map<Long, List<String>> strings(long areaId, String table, String column) {
        Map<Long, List<String>> byOffer = new HashMap<>();
        db.sql("select t.offer_id, t." + column + " from " + table + " t join offer o on o.id = t.offer_id where o.area_id = ? order by 2")
                .param(areaId).query((rs, n) -> byOffer.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return byOffer;
    }

    private Map<Long, List<Long>> ids(long areaId, String pairs) {
        Map<Long, List<Long>> byOffer = new HashMap<>();
        db.sql("select p.offer_id, p.locality_id from (" + pairs + ") p join offer o on o.id = p.offer_id where o.area_id = ?")
                .param(areaId).query((rs, n) -> byOffer.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return byOffer;
    }
}
