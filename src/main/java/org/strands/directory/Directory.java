package org.strands.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.Location;
import org.strands.place.Postcodes;
import org.strands.platform.Area;
import org.strands.platform.BadValue;
import org.strands.platform.NotFound;

/**
 * The area's directory as families and other systems read it: search by words (full-text, forgiving typing mistakes
 * by trigram similarity), worry, age, strand and level, nearest first from a postcode; and one entry with its places.
 */
@Service
public class Directory {

    /** Results of a search: one page of entries and how many there are in all. */
    public record Results(List<DirectoryEntry> entries, int total, int page, int pages) {
    }

    private final JdbcClient db;
    private final Postcodes postcodes;

    Directory(JdbcClient db, Postcodes postcodes) {
        this.db = db;
        this.postcodes = postcodes;
    }

    /**
     * The published entries that match, best first, or nearest first when a postcode is given (entries given across the
     * area, with no place of their own, after those with places).
     *
     * @throws BadValue when the postcode is not a UK postcode, or not one we know
     */
    @Transactional(readOnly = true)
    public Results search(Area area, DirectorySearch search) throws BadValue {
        String corrected = search.text() == null ? null : corrected(area, search.text());
        Location from = search.postcode() == null ? null
                : postcodes.locate(search.postcode()).orElseThrow(() -> new BadValue("We could not find that postcode. Check it and try again."));
        String where = """
                e.area_id = :area and e.status = 'PUBLISHED'
                and (cast(:text as text) is null or e.search @@ websearch_to_tsquery('english', :text)
                     or e.search @@ cast(coalesce(cast(:corrected as text), '') as tsquery))
                and (cast(:worry as text) is null or :worry = any(e.worries) or e.search @@ websearch_to_tsquery('english', :worryWords))
                and (cast(:age as integer) is null or ((e.age_from is null or e.age_from <= :age) and (e.age_to is null or e.age_to >= :age)))
                and (cast(:strand as text) is null or exists (select 1 from unnest(e.outcomes) o where left(o, 2) = :strand))
                and (cast(:level as text) is null or exists (select 1 from unnest(e.outcomes) o where right(o, 1) = :level))""";
        Map<String, Object> params = new HashMap<>();
        params.put("area", area.id());
        params.put("text", search.text());
        params.put("corrected", corrected);
        params.put("worry", search.worry() == null ? null : search.worry().name());
        params.put("worryWords", search.worry() == null ? "" : search.worry().query());
        params.put("age", search.age());
        params.put("strand", search.strand() == null ? null : search.strand().prefix());
        params.put("level", search.level() == null ? null : String.valueOf(search.level().number()));
        params.put("lat", from == null ? null : from.latitude());
        params.put("lon", from == null ? null : from.longitude());
        int total = db.sql("select count(*) from directory_entry e where " + where).params(params).query(Integer.class).single();
        int pages = Math.max(1, (total + DirectorySearch.PAGE_SIZE - 1) / DirectorySearch.PAGE_SIZE);
        int page = Math.min(search.page(), pages);
        params.put("limit", DirectorySearch.PAGE_SIZE);
        params.put("offset", (page - 1) * DirectorySearch.PAGE_SIZE);
        // distance in km by the equirectangular approximation, close enough within an area
        List<DirectoryEntry> entries = db.sql("""
                select e.*, d.km from directory_entry e
                left join lateral (
                  select min(111.32 * sqrt(power(l.latitude - cast(:lat as double precision), 2)
                         + power((l.longitude - cast(:lon as double precision)) * cos(radians(l.latitude)), 2))) as km
                  from directory_location l where l.entry_id = e.id and l.latitude is not null and cast(:lat as double precision) is not null) d on true
                """ + " where " + where + """

                order by d.km nulls last,
                  case when cast(:text as text) is null then 0
                       else ts_rank(e.search, websearch_to_tsquery('english', :text) || cast(coalesce(cast(:corrected as text), '') as tsquery)) end desc,
                  e.name, e.id
                limit :limit offset :offset""").params(params).query((rs, n) -> entry(rs, rs.getObject("km", Double.class))).list();
        return new Results(withPlaces(entries), total, page, pages);
    }

    /**
     * The words searched for, each put right to the nearest word the area's entries use (by trigram similarity, so a
     * letter or two wrong, missing or swapped), as a query that any of them matches; null when none is near.
     */
    private String corrected(Area area, String text) {
        return db.sql("""
                select string_agg(quote_literal(best), ' | ') from (
                  select (select w.word from directory_word w where w.area_id = ? and w.word % q.word
                          order by similarity(w.word, q.word) desc, w.word limit 1) as best
                  from unnest(tsvector_to_array(to_tsvector('english', ?))) q(word) limit 10) s
                where best is not null""").params(area.id(), text).query(String.class).optional().orElse(null);
    }

    /** One published entry of the area; 404 for none (or another area's, or one not published). */
    @Transactional(readOnly = true)
    public DirectoryEntry entry(Area area, UUID id) {
        return find(area, id).filter(e -> "PUBLISHED".equals(e.status()))
                .orElseThrow(() -> new NotFound("There is no entry " + id + " in " + area.name() + "'s directory."));
    }

    /** One entry of the area in any status, for those who curate it. */
    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> find(Area area, UUID id) {
        return db.sql("select e.*, null::double precision as km from directory_entry e where e.area_id = ? and e.id = ?")
                .params(area.id(), id).query((rs, n) -> entry(rs, null)).optional().map(e -> withPlaces(List.of(e)).getFirst());
    }

    /** The entries, each with the places it is given at, read in one query (the feed uses it too). */
    List<DirectoryEntry> withPlaces(List<DirectoryEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, List<DirectoryEntry.Place>> places = new HashMap<>();
        db.sql("select * from directory_location where entry_id = any(?) order by name, id")
                .param(entries.stream().map(DirectoryEntry::id).toArray(UUID[]::new))
                .query(rs -> {
                    places.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>()).add(new DirectoryEntry.Place(
                            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("address"), rs.getString("postcode"),
                            rs.getString("setting_ref"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class)));
                });
        return entries.stream().map(e -> new DirectoryEntry(e.id(), e.kind(), e.offerId(), e.name(), e.summary(), e.whoFor(), e.howToGet(),
                e.openAccess(), e.cost(), e.url(), e.email(), e.phone(), e.organisation(), e.ageFrom(), e.ageTo(), e.outcomes(), e.worries(),
                e.owner(), e.reviewOn(), e.status(), places.getOrDefault(e.id(), List.of()), e.distanceKm())).toList();
    }

    static DirectoryEntry entry(ResultSet rs, Double km) throws SQLException {
        return new DirectoryEntry(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("offer_id", Long.class), rs.getString("name"),
                rs.getString("summary"), rs.getString("who_for"), rs.getString("how_to_get"), rs.getBoolean("open_access"), rs.getString("cost"),
                rs.getString("url"), rs.getString("email"), rs.getString("phone"), rs.getString("organisation"),
                rs.getObject("age_from", Integer.class), rs.getObject("age_to", Integer.class), strings(rs.getArray("outcomes")),
                strings(rs.getArray("worries")).stream().flatMap(w -> Arrays.stream(Worry.values()).filter(x -> x.name().equals(w))).toList(),
                rs.getString("owner"), rs.getObject("review_on", java.time.LocalDate.class), rs.getString("status"), List.of(),
                km == null ? null : Math.round(km * 10) / 10.0);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
