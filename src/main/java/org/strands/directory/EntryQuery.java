package org.strands.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.place.Location;
import org.strands.platform.Area;

/**
 * The conditions of a search of published entries and their values, for the families' search and the feed alike: only
 * the conditions asked for are in the statement (so that PostgreSQL plans each search for what it is), the distance
 * to a point is measured only when there is one, and a page comes with its total in one statement.
 */
final class EntryQuery {

    /** Metres between a place ({@code l}) and the point (haversine, on the same sphere as {@code place.Location}). */
    static final String METRES = """
            6371000 * 2 * asin(least(1, sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)
              + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2))))""";

    /** A page of rows and how many match in all. */
    record Page<T>(List<T> rows, long total) {
    }

    private final JdbcClient db;
    private final Map<String, Object> params = new HashMap<>();
    private final List<String> conditions = new ArrayList<>();
    private boolean words;
    private boolean near;
    private boolean within;

    EntryQuery(JdbcClient db) {
        this.db = db;
        conditions.add("e.status = 'PUBLISHED'");
    }

    EntryQuery area(Area area) {
        if (area != null) {
            conditions.add("e.area_id = :area");
            params.put("area", area.id());
        }
        return this;
    }

    /** Words, as typed and as put right ({@link Directory#corrected}): an entry matching either. */
    EntryQuery words(String text, String corrected) {
        if (text != null) {
            words = true;
            params.put("text", text);
            params.put("corrected", corrected);
            conditions.add("(e.search @@ websearch_to_tsquery('english', :text) or e.search @@ cast(:corrected as tsquery))");
        }
        return this;
    }

    /** Tagged with the worry by the area, or speaking of it in the words a service would use. */
    EntryQuery worry(Worry worry) {
        if (worry != null) {
            conditions.add("(:worry = any(e.worries) or e.search @@ websearch_to_tsquery('english', :worryWords))");
            params.put("worry", worry.name());
            params.put("worryWords", worry.query());
        }
        return this;
    }

    /** For a child of this age (an entry without an age limit is for any age). */
    EntryQuery forAge(Integer age) {
        if (age != null) {
            conditions.add("(e.age_from is null or e.age_from <= :age) and (e.age_to is null or e.age_to >= :age)");
            params.put("age", age);
        }
        return this;
    }

    /** The feed's ages, as the standard words them: youngest age at least {@code minimum}, oldest at most {@code maximum}. */
    EntryQuery agesWithin(Double minimum, Double maximum) {
        if (minimum != null) {
            conditions.add("e.age_from >= :minimumAge");
            params.put("minimumAge", minimum);
        }
        if (maximum != null) {
            conditions.add("e.age_to <= :maximumAge");
            params.put("maximumAge", maximum);
        }
        return this;
    }

    EntryQuery tag(FeedSearch.Tag tag) {
        String name = "tag" + params.size();
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
        return this;
    }

    /** Measured from the point, as {@code d.metres}, nearest first; only within that many metres when given. */
    EntryQuery near(Location point, Double withinMetres) {
        if (point != null) {
            near = true;
            params.put("lat", point.latitude());
            params.put("lon", point.longitude());
            if (withinMetres != null) {
                within = true;
                params.put("within", withinMetres);
            }
        }
        return this;
    }

    boolean measures() {
        return near;
    }

    /**
     * The join that gives each entry the distance to its nearest place as {@code d.metres} (null for an entry with no
     * place), or nothing without a point: the places (of the area, when there is one) measured in one pass and grouped,
     * rather than looked up entry by entry.
     */
    String nearestPlace() {
        return !near ? "" : """
                left join (select l.entry_id, min(%s) as metres from directory_location l
                  where %s l.latitude is not null and l.longitude is not null group by l.entry_id) d on d.entry_id = e.id
                """.formatted(METRES, params.containsKey("area") ? "l.area_id = :area and" : "");
    }

    /** The conditions, for after {@code where}. */
    String where() {
        return String.join(" and ", conditions) + (within ? " and d.metres <= :within" : "");
    }

    /** Nearest first from a point, then best match first for words; for before the tie-breaking columns. */
    String order() {
        return (near ? "d.metres nulls last, " : "")
                + (words ? "ts_rank(e.search, websearch_to_tsquery('english', :text) || cast(:corrected as tsquery)) desc, " : "");
    }

    /**
     * One page of {@code select}, which must end with {@code count(*) over () as total}; the total from {@code count}
     * when the page is past the last.
     */
    <T> Page<T> page(String select, String count, int page, int perPage, RowMapper<T> rows) {
        params.put("limit", perPage);
        params.put("offset", (long) (page - 1) * perPage);
        AtomicLong total = new AtomicLong(-1);
        List<T> found = db.sql(select + " limit :limit offset :offset").params(params).query((rs, n) -> {
            total.set(rs.getLong("total"));
            return rows.mapRow(rs, n);
        }).list();
        return new Page<>(found, total.get() >= 0 ? total.get() : db.sql(count).params(params).query(Long.class).single());
    }
}
