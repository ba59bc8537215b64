package org.strands.place;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.place.reference.PostcodeFormat;
import org.strands.platform.BadValue;
import org.strands.platform.ShortLivedCache;

/**
 * UK postcodes and where they are, from the ONS Postcode Directory loaded as reference data. A postcode's point is
 * turned from its grid reference into latitude and longitude as it is looked up (see {@link GridReference}).
 * Lookups are by primary key, and kept (at most 100,000) for the five seconds of every cache another node may hold
 * (ADR 6); this node forgets them when reference data is loaded.
 */
@Service
public class Postcodes {

    private final JdbcClient db;
    private final ShortLivedCache<String, Optional<Location>> locations = new ShortLivedCache<>(PlaceCaches.TIME_TO_LIVE, 100_000);

    Postcodes(JdbcClient db) {
        this.db = db;
    }

    /**
     * The usual form of a postcode given in any case and spacing ("sk13xe", " SK1  3XE " become "SK1 3XE"), or
     * {@link BadValue} saying in plain English why it is not a full UK postcode.
     */
    public static String normalise(String text) throws BadValue {
        return PostcodeFormat.normalise(text);
    }

    /** Where a postcode is; empty when it is well formed but not in the directory, or has no grid reference there. */
    public Optional<Location> locate(String postcode) throws BadValue {
        return locations.get(normalise(postcode), this::lookUp);
    }

    private Optional<Location> lookUp(String postcode) {
        return db.sql("select easting, northing from ref_postcode where postcode = ? and easting is not null and northing is not null")
                .param(postcode)
                .query((rs, n) -> GridReference.of(postcode).toLocation(rs.getInt("easting"), rs.getInt("northing")))
                .optional();
    }

    @EventListener(ReferenceDataLoaded.class)
    void forget() {
        locations.clear();
    }
}
