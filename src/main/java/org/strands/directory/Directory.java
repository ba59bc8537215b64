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

    /** What an entry is, as {@link #entry(ResultSet, Double)} reads it, with its area and when it changed (not its search words). */
    static final String ENTRY_COLUMNS = "e.id, e.area_id, e.kind, e.offer_id, e.name, e.summary, e.family_summary, e.who_for, e.how_to_get, "
            + "e.family_how_to_get, e.open_access, "
            + "e.cost, e.url, e.email, e.phone, e.organisation, e.age_from, e.age_to, e.outcomes, e.worries, e.owner, e.review_on, e.status, "
            + "e.updated_at";

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
        Location from = search.postcode() == null ? null
                : postcodes.locate(search.postcode()).orElseThrow(() -> new BadValue("We could not find that postcode. Check it and try again."));
        EntryQuery query = new EntryQuery(db).area(area)
                .words(search.text(), search.text() == null ? null : corrected(area, search.text()))
                .worry(search.worry()).forAge(search.age()).near(from, null);
        if (search.strand() != null) {
            query.tag(new FeedSearch.InStrand(search.strand()));
        }
        if (search.level() != null) {
            query.tag(new FeedSearch.AtLevel(search.level()));
        }
        String distance = query.nearestPlace();
        String select = "select " + ENTRY_COLUMNS + (query.measures() ? ", d.metres" : ", null::double precision as metres")
                + ", count(*) over () as total from directory_entry e " + distance + " where " + query.where()
                + " order by " + query.order() + "e.name, e.id";
        String count = "select count(*) from directory_entry e " + distance + " where " + query.where();
        EntryQuery.Page<DirectoryEntry> found = query.page(select, count, search.page(), DirectorySearch.PAGE_SIZE, Directory::measured);
        int pages = (int) Math.max(1, (found.total() + DirectorySearch.PAGE_SIZE - 1) / DirectorySearch.PAGE_SIZE);
        if (found.rows().isEmpty() && search.page() > pages) {
            // past the last page: the last one
            found = query.page(select, count, pages, DirectorySearch.PAGE_SIZE, Directory::measured);
        }
        return new Results(withPlaces(found.rows()), (int) found.total(), Math.min(search.page(), pages), pages);
    }

    private static DirectoryEntry measured(ResultSet rs, int row) throws SQLException {
        Double metres = rs.getObject("metres", Double.class);
        return entry(rs, metres == null ? null : metres / 1000);
    }

    /**
     * The words searched for, each put right to the nearest word the entries use (by trigram similarity, so a letter or
     * two wrong, missing or swapped), over one area's words or, for null, every area's: a query that any of them
     * matches, empty when none is near.
     */
    String corrected(Area area, String text) {
        return db.sql("""
                select coalesce(string_agg(quote_literal(best), ' | '), '') from (
                  select (select w.word from directory_word w where (cast(:area as bigint) is null or w.area_id = :area) and w.word % q.word
                          order by similarity(w.word, q.word) desc, w.word limit 1) as best
                  from unnest(tsvector_to_array(to_tsvector('english', :text))) q(word) limit 10) s
                where best is not null""").param("area", area == null ? null : area.id()).param("text", text)
                .query(String.class).single();
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
        return db.sql("select " + ENTRY_COLUMNS + " from directory_entry e where e.area_id = ? and e.id = ?")
                .params(area.id(), id).query((rs, n) -> entry(rs, null)).optional().map(e -> withPlaces(List.of(e)).getFirst());
    }

    /** The area's answers to the Local Offer's questions for an entry, in the order they are asked. */
    @Transactional(readOnly = true)
    public Map<LocalOfferQuestion, String> localOffer(DirectoryEntry entry) {
        Map<LocalOfferQuestion, String> answers = new java.util.EnumMap<>(LocalOfferQuestion.class);
        db.sql("select question, answer from directory_local_offer where entry_id = ?").param(entry.id())
                .query(rs -> {
                    answers.put(LocalOfferQuestion.valueOf(rs.getString("question")), rs.getString("answer"));
                });
        return answers;
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
        return entries.stream().map(e -> e.at(places.getOrDefault(e.id(), List.of()))).toList();
    }

    static DirectoryEntry entry(ResultSet rs, Double km) throws SQLException {
        return new DirectoryEntry(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("offer_id", Long.class), rs.getString("name"),
                rs.getString("summary"), rs.getString("family_summary"), rs.getString("who_for"), rs.getString("how_to_get"),
                rs.getString("family_how_to_get"), rs.getBoolean("open_access"), rs.getString("cost"),
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
