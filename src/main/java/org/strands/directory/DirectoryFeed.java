package org.strands.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
        EntryQuery query = query(search);
        String distance = query.nearestPlace();
        String where = " where " + query.where();
        EntryQuery.Page<PublishedEntry> found = query.page("select " + Directory.ENTRY_COLUMNS + ", count(*) over () as total from directory_entry e "
                + distance + where + " order by " + query.order() + "e.name, e.id", "select count(*) from directory_entry e " + distance + where,
                search.page(), search.perPage(), (rs, n) -> published(rs));
        return new FeedPage<>(found.rows(), found.total());
    }

    /** One published entry with its places, by its id; empty for none (or one not published). */
    @Transactional(readOnly = true)
    public Optional<PublishedEntry> service(UUID id) {
        return db.sql("select " + Directory.ENTRY_COLUMNS + " from directory_entry e where e.id = ? and e.status = 'PUBLISHED'").param(id)
                .query((rs, n) -> published(rs)).optional()
                .map(p -> new PublishedEntry(p.area(), directory.withPlaces(List.of(p.entry())).getFirst(), p.lastModified()));
    }

    /** The places of the published entries that match, nearest first from a point, else by the entry's name. */
    public FeedPage<PublishedPlace> servicesAtLocations(FeedSearch search) {
        EntryQuery query = query(search);
        String metres = query.measures() ? EntryQuery.METRES : "cast(null as double precision)";
        String from = "from directory_location l join directory_entry e on e.id = l.entry_id cross join lateral (select "
                + metres + " as metres) d where " + query.where();
        EntryQuery.Page<PublishedPlace> found = query.page("select " + Directory.ENTRY_COLUMNS + ", " + PLACE_COLUMNS + ", d.metres, count(*) over () as total "
                + from + " order by " + query.order() + "e.name, l.name, l.id", "select count(*) " + from, search.page(), search.perPage(),
                (rs, n) -> place(rs));
        return new FeedPage<>(found.rows(), found.total());
    }

    private EntryQuery query(FeedSearch search) {
        EntryQuery query = new EntryQuery(db).area(search.area())
                .words(search.text(), search.text() == null ? null : directory.corrected(search.area(), search.text()))
                .agesWithin(search.minimumAge(), search.maximumAge()).near(search.near(), search.withinMetres());
        search.tags().forEach(query::tag);
        return query;
    }

    /** One place of a published entry, by the place's id; empty for none. */
    public Optional<PublishedPlace> serviceAtLocation(UUID id) {
        return db.sql("select " + Directory.ENTRY_COLUMNS + ", " + PLACE_COLUMNS + ", cast(null as double precision) as metres from directory_location l "
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
}
