package org.strands.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ShortLivedCache;

/**
 * The directory as other systems read it through its Open Referral feed: the published entries of every area (or of
 * one), and the places each is given at, found as {@link FeedSearch} says and a page at a time. A page is one query
 * (with its total), without a transaction of its own; one entry is read with its places in one transaction.
 */
@Service
public class DirectoryFeed {

    /** Metres between two points (haversine, on the same sphere as {@code place.Location}). */
    private static final String METRES = """
            6371000 * 2 * asin(least(1, sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)
              + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2))))""";

    /** What an entry is, as {@code Directory.entry} reads it, with its area and when it changed (not its search words). */
    private static final String ENTRY_COLUMNS = "e.id, e.area_id, e.kind, e.offer_id, e.name, e.summary, e.who_for, e.how_to_get, e.open_access, "
            + "e.cost, e.url, e.email, e.phone, e.organisation, e.age_from, e.age_to, e.outcomes, e.worries, e.owner, e.review_on, e.status, "
            + "e.updated_at";
    /** A place's columns, named apart from the entry's. */
    private static final String PLACE_COLUMNS = "l.id as l_id, l.name as l_name, l.address as l_address, l.postcode as l_postcode, "
            + "l.setting_ref as l_setting_ref, l.latitude as l_latitude, l.longitude as l_longitude";

    private final JdbcClient db;
    private final Directory directory;
    private final AreaRegistry areas;
    private final ShortLivedCache<Long, Optional<Area>> areasById = new ShortLivedCache<>(Duration.ofSeconds(5), 1000);

    DirectoryFeed(JdbcClient db, Directory directory, AreaRegistry areas) {
        this.db = db;
        this.directory = directory;
        this.areas = areas;
    }

    /** Published entries that match, nearest first from a point, else best match first, else by name. */
    public FeedPage<PublishedEntry> services(FeedSearch search) {
        Query query = new Query(search);
        String distance = search.near() == null ? "" : """
                left join lateral (select min(%s) as metres from directory_location l
                  where l.entry_id = e.id and l.latitude is not null and l.longitude is not null) d on true
                """.formatted(METRES);
        String where = "where " + query.where() + query.within();
        AtomicLong total = new AtomicLong(-1);
        List<PublishedEntry> found = query.run("select " + ENTRY_COLUMNS + ", count(*) over () as total from directory_entry e " + distance + where
                + " order by " + query.order() + "e.name, e.id", (rs, n) -> {
                    total.set(rs.getLong("total"));
                    return published(rs);
                });
        return new FeedPage<>(found, total.get() >= 0 ? total.get()
                : query.count("select count(*) from directory_entry e " + distance + where));
    }

    /** One published entry with its places, by its id; empty for none (or one not published). */
    @Transactional(readOnly = true)
    public Optional<PublishedEntry> service(UUID id) {
        return db.sql("select " + ENTRY_COLUMNS + " from directory_entry e where e.id = ? and e.status = 'PUBLISHED'").param(id)
                .query((rs, n) -> published(rs)).optional()
                .map(p -> new PublishedEntry(p.area(), directory.withPlaces(List.of(p.entry())).getFirst(), p.lastModified()));
    }

    /** The places of the published entries that match, nearest first from a point, else by the entry's name. */
    public FeedPage<PublishedPlace> servicesAtLocations(FeedSearch search) {
        Query query = new Query(search);
        String metres = search.near() == null ? "cast(null as double precision)" : METRES;
        String from = "from directory_location l join directory_entry e on e.id = l.entry_id cross join lateral (select "
                + metres + " as metres) d where " + query.where() + query.within();
        AtomicLong total = new AtomicLong(-1);
        List<PublishedPlace> found = query.run("select " + ENTRY_COLUMNS + ", " + PLACE_COLUMNS + ", d.metres, count(*) over () as total " + from
                + " order by " + query.order() + "e.name, l.name, l.id", (rs, n) -> {
                    total.set(rs.getLong("total"));
                    return place(rs);
                });
        return new FeedPage<>(found, total.get() >= 0 ? total.get() : query.count("select count(*) " + from));
    }

    /** One place of a published entry, by the place's id; empty for none. */
    public Optional<PublishedPlace> serviceAtLocation(UUID id) {
        return db.sql("select " + ENTRY_COLUMNS + ", " + PLACE_COLUMNS + ", cast(null as double precision) as metres from directory_location l "
                + "join directory_entry e on e.id = l.entry_id where l.id = ? and e.status = 'PUBLISHED'")
                .param(id).query((rs, n) -> place(rs)).optional();
    }

    private PublishedPlace place(ResultSet rs) throws SQLException {
        DirectoryEntry.Place place = new DirectoryEntry.Place(rs.getObject("l_id", UUID.class), rs.getString("l_name"),
                rs.getString("l_address"), rs.getString("l_postcode"), rs.getString("l_setting_ref"),
                rs.getObject("l_latitude", Double.class), rs.getObject("l_longitude", Double.class));
        return new PublishedPlace(published(rs), place, rs.getObject("metres", Double.class));
    }

    private PublishedEntry published(ResultSet rs) throws SQLException {
        long areaId = rs.getLong("area_id");
        Area area = areasById.get(areaId, areas::byId)
                .orElseThrow(() -> new IllegalStateException("An entry of area " + areaId + ", which does not exist"));
        return new PublishedEntry(area, Directory.entry(rs, null),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The conditions of a search and their values, shared by a page's query and its count. */
    private final class Query {

        private final FeedSearch search;
        private final Map<String, Object> params = new HashMap<>();
        private final List<String> conditions = new ArrayList<>();

        Query(FeedSearch search) {
            this.search = search;
            conditions.add("e.status = 'PUBLISHED'");
            if (search.area() != null) {
                conditions.add("e.area_id = :area");
                params.put("area", search.area().id());
            }
            if (search.text() != null) {
                params.put("text", search.text());
                params.put("corrected", corrected(search.area(), search.text()));
                conditions.add("(e.search @@ websearch_to_tsquery('english', :text) or e.search @@ cast(:corrected as tsquery))");
            }
            for (int i = 0; i < search.tags().size(); i++) {
                tag(search.tags().get(i), "tag" + i);
            }
            if (search.minimumAge() != null) {
                conditions.add("e.age_from >= :minimumAge");
                params.put("minimumAge", search.minimumAge());
            }
            if (search.maximumAge() != null) {
                conditions.add("e.age_to <= :maximumAge");
                params.put("maximumAge", search.maximumAge());
            }
            if (search.near() != null) {
                params.put("lat", search.near().latitude());
                params.put("lon", search.near().longitude());
                params.put("within", search.withinMetres());
            }
            params.put("limit", search.perPage());
            params.put("offset", (long) (search.page() - 1) * search.perPage());
        }

        private void tag(FeedSearch.Tag tag, String name) {
            switch (tag) {
                case FeedSearch.ServesOutcome o -> {
                    conditions.add(":" + name + " = any(e.outcomes)");
                    params.put(name, o.code());
                }
                case FeedSearch.InStrand s -> {
                    conditions.add("exists (select 1 from unnest(e.outcomes) o where left(o, 2) = :" + name + ")");
                    params.put(name, s.strand().prefix());
                }
                case FeedSearch.AtLevel l -> {
                    conditions.add("exists (select 1 from unnest(e.outcomes) o where right(o, 1) = :" + name + ")");
                    params.put(name, String.valueOf(l.level().number()));
                }
                case FeedSearch.InFramework f -> conditions.add("cardinality(e.outcomes) > 0");
                case FeedSearch.OpenAccess o -> conditions.add("e.open_access");
                case FeedSearch.Nothing n -> conditions.add("false");
            }
        }

        String where() {
            return String.join(" and ", conditions);
        }

        /** Only what is within the distance asked, measured as {@code d.metres}. */
        String within() {
            return search.near() != null && search.withinMetres() != null ? " and d.metres <= :within" : "";
        }

        /** Nearest first from a point, else best match first for words; then by name. */
        String order() {
            return search.near() != null ? "d.metres nulls last, "
                    : search.text() != null ? "ts_rank(e.search, websearch_to_tsquery('english', :text) || cast(:corrected as tsquery)) desc, " : "";
        }

        <T> List<T> run(String sql, RowMapper<T> rows) {
            return db.sql(sql + " limit :limit offset :offset").params(params).query(rows).list();
        }

        long count(String sql) {
            return db.sql(sql).params(params).query(Long.class).single();
        }
    }

    /**
     * The words searched for, each put right to the nearest word the entries use (as {@link Directory} does, over the
     * one area's words or every area's), as a query that any of them matches; an empty query when none is near.
     */
    private String corrected(Area area, String text) {
        return db.sql("""
                select coalesce(string_agg(quote_literal(best), ' | '), '') from (
                  select (select w.word from directory_word w where (cast(:area as bigint) is null or w.area_id = :area) and w.word % q.word
                          order by similarity(w.word, q.word) desc, w.word limit 1) as best
                  from unnest(tsvector_to_array(to_tsvector('english', :text))) q(word) limit 10) s
                where best is not null""").param("area", area == null ? null : area.id()).param("text", text)
                .query(String.class).single();
    }
}
