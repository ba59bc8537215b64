package org.strands.provision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.place.LocalitiesRegrouped;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps offers and actions in their places when localities are regrouped or renamed: what named a locality that
 * is gone or renamed names the localities its wards are in now, and each offer so moved gets a history entry
 * saying what changed and who changed it.
 *
 * <p>This runs in the transaction that regroups the localities (a plain {@link EventListener}, not an
 * asynchronous module listener): offers store localities by id, and a regrouping deletes the localities that are
 * gone, so any moment between the two commits would show offers reaching nowhere. Both commit, or neither.
 */
@Component
class OfferPlaces {

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final OfferQueries queries;
    private final ProvisionRegister register;
    private final AreaRegistry areas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferPlaces(JdbcClient db, JdbcTemplate jdbc, JsonMapper json, OfferQueries queries, ProvisionRegister register,
            AreaRegistry areas, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.jdbc = jdbc;
        this.json = json;
        this.queries = queries;
        this.register = register;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(LocalitiesRegrouped regrouped) {
        Map<Long, List<String>> changesByOffer = new LinkedHashMap<>();
        Map<Long, List<String>> changesByAction = new LinkedHashMap<>();
        for (LocalitiesRegrouped.Move move : regrouped.moves()) {
            String change = move.from() + " → " + (move.to().isEmpty() ? "no locality" : String.join(", ", move.to()));
            move("offer_locality", "offer_id", "offer", regrouped.areaId(), move)
                    .forEach(id -> changesByOffer.computeIfAbsent(id, k -> new ArrayList<>()).add(change));
            move("action_locality", "action_id", "action", regrouped.areaId(), move)
                    .forEach(id -> changesByAction.computeIfAbsent(id, k -> new ArrayList<>()).add(change));
        }
        if (changesByOffer.isEmpty() && changesByAction.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Area area = areas.byId(regrouped.areaId()).orElseThrow();
        recordOffers(area, changesByOffer, regrouped.by(), now);
        changesByAction.forEach((id, changes) -> db.sql("insert into action_note (action_id, note, written_by, written_at) values (?, ?, ?, ?)")
                .params(id, note(changes), regrouped.by(), now).update());
        events.publishEvent(new OffersChanged(regrouped.areaId()));
    }

    /** Points the rows of a list table from the old locality to the new ones; returns the owners it moved. */
    private List<Long> move(String table, String owner, String ownerTable, long areaId, LocalitiesRegrouped.Move move) {
        List<Long> ids = db.sql("select t." + owner + " from " + table + " t join " + ownerTable + " o on o.id = t." + owner
                + " where o.area_id = ? and t.locality_id = ? order by 1").params(areaId, move.fromId()).query(Long.class).list();
        if (ids.isEmpty() || move.toIds().equals(List.of(move.fromId()))) {
            return ids; // nothing names it, or only its name changed
        }
        String idList = String.join(",", ids.stream().map(String::valueOf).toList());
        db.sql("delete from " + table + " where locality_id = ? and " + owner + " = any(string_to_array(?, ',')::bigint[])")
                .params(move.fromId(), idList).update();
        for (long to : move.toIds()) {
            db.sql("insert into " + table + " (" + owner + ", locality_id) select unnest(string_to_array(?, ',')::bigint[]), ? on conflict do nothing")
                    .params(idList, to).update();
        }
        return ids;
    }

    private void recordOffers(Area area, Map<Long, List<String>> changesByOffer, String by, Timestamp now) {
        if (changesByOffer.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (Offer offer : queries.of(area.id(), register.facts(area))) {
            List<String> changes = changesByOffer.get(offer.id());
            if (changes != null) {
                rows.add(new Object[] {offer.id(), area.id(), by, now, json.writeValueAsString(OfferDetails.of(offer, offer.status())), note(changes)});
            }
        }
        jdbc.batchUpdate("insert into offer_change (offer_id, area_id, changed_by, changed_at, snapshot, note) values (?, ?, ?, ?, ?::jsonb, ?)", rows);
        db.sql("update offer set updated_by = ?, updated_at = ? where area_id = ? and id = any(string_to_array(?, ',')::bigint[])")
                .params(by, now, area.id(), String.join(",", changesByOffer.keySet().stream().map(String::valueOf).toList())).update();
    }

    private static String note(List<String> changes) {
        return "Localities regrouped: " + String.join("; ", changes) + ".";
    }

}
