package org.strands.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.strands.place.Location;
import org.strands.place.Postcodes;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.BadValue;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;

/**
 * What a family sees without an account: an area's sessions that are still to come and not cancelled, nearest first
 * from a postcode (sessions at places without a position last), soonest first otherwise.
 */
@Service
public class PublicSessions {

    private final AreaRegistry areas;
    private final DropIns dropIns;
    private final Postcodes postcodes;

    PublicSessions(AreaRegistry areas, DropIns dropIns, Postcodes postcodes) {
        this.areas = areas;
        this.dropIns = dropIns;
        this.postcodes = postcodes;
    }

    /** The area a public address names; 404 for none. */
    public Area area(String slug) {
        return areas.find(slug).orElseThrow(() -> new NotFound("There is no area called " + slug + " in Strands."));
    }

    /** Upcoming sessions; a postcode that is malformed or unknown is refused naming {@code postcode}. */
    public List<NearbySession> upcoming(Area area, String postcode) {
        Optional<Location> from = postcode == null || postcode.isBlank() ? Optional.empty() : Optional.of(locate(postcode));
        List<NearbySession> sessions = dropIns.upcoming(area).stream().filter(s -> !s.cancelled() && s.startsAt().isAfter(dropIns.now()))
                .map(s -> new NearbySession(s, from.isEmpty() || s.latitude() == null ? null
                        : Math.round(from.get().kilometresTo(new Location(s.latitude(), s.longitude())) * 10) / 10.0))
                .toList();
        if (from.isEmpty()) {
            return sessions;
        }
        return sessions.stream().sorted(Comparator.comparing(NearbySession::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(n -> n.session().startsAt())).toList();
    }

    /** Whether the provision offer stands for the area's drop-ins (so that its page may list the sessions coming up). */
    public static boolean isDropInOffer(org.strands.provision.Offer offer) {
        return DropInOffer.isIt(offer);
    }

    /** One session a family may look at: 404 for another area's, a cancelled one is shown as cancelled. */
    public DropInSession session(Area area, long id) {
        return dropIns.session(area, id);
    }

    /** Whether a family may book the session now. */
    public boolean bookable(DropInSession session) {
        return session.bookable(dropIns.now());
    }

    private Location locate(String postcode) {
        try {
            return postcodes.locate(postcode).orElseThrow(() -> InvalidInput.of("postcode",
                    "We do not know the postcode " + postcode.strip().toUpperCase(java.util.Locale.ROOT)
                            + ". Check it, or leave it out to see every session."));
        } catch (BadValue e) {
            throw InvalidInput.of("postcode", e.getMessage());
        }
    }
}
