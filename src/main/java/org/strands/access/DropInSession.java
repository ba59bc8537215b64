package org.strands.access;

import java.time.Instant;
import java.util.List;

/**
 * A drop-in session: a time and place where families come for advice without a referral, some by booking a place
 * and others walking in.
 *
 * @param seriesId the first session of a weekly series this one belongs to, or null for a one-off
 * @param settingRef the setting or venue it is held at (a URN, or v and a venue id)
 * @param capacity places that can be booked; walk-ins come on top when {@code walkIns}
 * @param booked places taken by bookings
 * @param leaders usernames of the practitioners who lead it
 */
public record DropInSession(long id, Long seriesId, String title, String about, String settingRef, String placeName,
        String placePostcode, Double latitude, Double longitude, String locality, Instant startsAt, Instant endsAt, int capacity,
        boolean walkIns, int booked, List<String> leaders, boolean cancelled, String cancelReason) {

    public DropInSession {
        leaders = List.copyOf(leaders);
    }

    public int remaining() {
        return Math.max(0, capacity - booked);
    }

    public boolean full() {
        return remaining() == 0;
    }

    public boolean past(Instant now) {
        return !endsAt.isAfter(now);
    }

    /** Whether a family may book it now: scheduled, not started and with a place left. */
    public boolean bookable(Instant now) {
        return !cancelled && startsAt.isAfter(now) && !full();
    }
}
