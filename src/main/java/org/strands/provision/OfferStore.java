package org.strands.provision;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes checked offers in a few set-based statements, so that a 5,000-row audit stores quickly: partners,
 * offers (insert or update by partner and name), their lists, and a snapshot of each offer that changed.
 */
@Component
class OfferStore {

    record Saved(int created, int updated, List<Long> ids) {
    }

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    OfferStore(JdbcClient db, JdbcTemplate jdbc, JsonMapper json) {
        this.db = db;
        this.jdbc = jdbc;
        this.json = json;
    }

    Saved save(long areaId, List<OfferDetails> offers, AreaFacts facts, String by, Instant now) {
        Map<String, Long> partners = partners(areaId, offers);
        Map<String, Long> before = offerIds(areaId);
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("""
                insert into offer (area_id, partner_id, name, description, entry, area_wide, age_from, age_to, access_route,
                  delivered_by, annual_capacity, annual_hours, annual_cost, status, contact, how_to_access, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (partner_id, name) do update set description = excluded.description, entry = excluded.entry,
                  area_wide = excluded.area_wide, age_from = excluded.age_from, age_to = excluded.age_to,
                  access_route = excluded.access_route, delivered_by = excluded.delivered_by,
                  annual_capacity = excluded.annual_capacity, annual_hours = excluded.annual_hours,
                  annual_cost = excluded.annual_cost, status = excluded.status, contact = excluded.contact,
                  how_to_access = excluded.how_to_access, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                offers, 1000, (ps, o) -> {
                    Object[] values = {areaId, partners.get(o.partner()), o.name(), o.description(), o.entry().name(),
                        o.areaWide(), o.ageFrom(), o.ageTo(), name(o.accessRoute()), name(o.deliveredBy()),
                        o.annualCapacity(), o.annualHours(), o.annualCost(), o.status().name(), o.contact(),
                        o.howToAccess(), by, at};
                    for (int i = 0; i < values.length; i++) {
                        StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
                    }
                });
        Map<String, Long> after = offerIds(areaId);
        Map<Long, OfferDetails> byId = new LinkedHashMap<>();
        offers.forEach(o -> byId.put(after.get(key(partners.get(o.partner()), o.name())), o));
        replaceLists(byId, facts);
        recordChanges(areaId, byId, by, at);
        int created = (int) byId.keySet().stream().filter(id -> !before.containsValue(id)).count();
        return new Saved(created, byId.size() - created, List.copyOf(byId.keySet()));
    }

    /** Moves an offer to a new partner or name before it is saved under them. */
    void rename(long areaId, long offerId, String partner, PartnerType type, String name) {
        long partnerId = partners(areaId, List.of(new OfferDetails(partner, type, name, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null))).get(partner);
        db.sql("update offer set partner_id = ?, name = ? where id = ? and area_id = ?").params(partnerId, name, offerId, areaId).update();
    }

    private Map<String, Long> partners(long areaId, List<OfferDetails> offers) {
        Map<String, PartnerType> types = new LinkedHashMap<>();
        offers.forEach(o -> types.put(o.partner(), o.partnerType()));
        Map<String, Long> ids = new HashMap<>();
        types.forEach((name, type) -> ids.put(name, db.sql("""
                insert into partner (area_id, name, type) values (?, ?, ?)
                on conflict (area_id, name) do update set type = excluded.type returning id""")
                .params(areaId, name, type.name()).query(Long.class).single()));
        return ids;
    }

    private Map<String, Long> offerIds(long areaId) {
        record Row(long id, long partnerId, String name) {
        }
        return db.sql("select id, partner_id, name from offer where area_id = ?").param(areaId).query(Row.class).list()
                .stream().collect(Collectors.toMap(r -> key(r.partnerId(), r.name()), Row::id));
    }

    private void replaceLists(Map<Long, OfferDetails> byId, AreaFacts facts) {
        String ids = byId.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        for (String table : List.of("offer_outcome", "offer_discipline", "offer_locality", "offer_setting", "offer_evidence")) {
            db.sql("delete from " + table + " where offer_id = any(string_to_array(?, ',')::bigint[])").param(ids).update();
        }
        List<Object[]> outcomes = new ArrayList<>();
        List<Object[]> disciplines = new ArrayList<>();
        List<Object[]> localities = new ArrayList<>();
        List<Object[]> settings = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        byId.forEach((id, o) -> {
            o.outcomes().stream().map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).distinct().forEach(c -> outcomes.add(new Object[] {id, c}));
            o.disciplines().stream().distinct().forEach(d -> disciplines.add(new Object[] {id, d}));
            o.localities().stream().map(l -> facts.locality(l).orElseThrow()).distinct().forEach(l -> localities.add(new Object[] {id, l}));
            o.settingRefs().stream().distinct().forEach(s -> settings.add(new Object[] {id, s, facts.localityOfSetting().get(s)}));
            o.evidence().stream().distinct().forEach(e -> evidence.add(new Object[] {id, e}));
        });
        jdbc.batchUpdate("insert into offer_outcome (offer_id, outcome_code) values (?, ?)", outcomes);
        jdbc.batchUpdate("insert into offer_discipline (offer_id, discipline) values (?, ?)", disciplines);
        jdbc.batchUpdate("insert into offer_locality (offer_id, locality_id) values (?, ?)", localities);
        jdbc.batchUpdate("insert into offer_setting (offer_id, setting_ref, locality_id) values (?, ?, ?)", settings,
                new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT});
        jdbc.batchUpdate("insert into offer_evidence (offer_id, url) values (?, ?)", evidence);
    }

    /** Keeps a snapshot of every offer whose content differs from its last snapshot. */
    private void recordChanges(long areaId, Map<Long, OfferDetails> byId, String by, Timestamp at) {
        record Last(long offerId, String snapshot) {
        }
        String ids = byId.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, JsonNode> last = new HashMap<>();
        db.sql("""
                select distinct on (offer_id) offer_id, snapshot::text as snapshot from offer_change
                where offer_id = any(string_to_array(?, ',')::bigint[]) order by offer_id, changed_at desc, id desc""")
                .param(ids).query(Last.class).list().forEach(l -> last.put(l.offerId(), json.readTree(l.snapshot())));
        List<Object[]> changes = new ArrayList<>();
        byId.forEach((id, o) -> {
            JsonNode snapshot = json.readTree(json.writeValueAsString(o)); // read back, as the stored one is
            if (!snapshot.equals(last.get(id))) {
                changes.add(new Object[] {id, areaId, by, at, snapshot.toString()});
            }
        });
        jdbc.batchUpdate("insert into offer_change (offer_id, area_id, changed_by, changed_at, snapshot) values (?, ?, ?, ?, ?::jsonb)", changes);
    }

    static String key(Long partnerId, String name) {
        return partnerId + "\u0000" + name;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
