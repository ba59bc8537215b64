package org.strands.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AreaPlaces;
import org.strands.place.Localities;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.AuditTrail;
import org.strands.platform.Formats;
import org.strands.platform.NotFound;
import org.strands.platform.Role;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/**
 * Drop-in sessions: scheduling them one-off or weekly at a setting or venue of the area, moving and cancelling them
 * (which tells the families who booked), and finding them: upcoming for the public, a practitioner's own, one by id.
 */
@Service
public class DropIns {

    /** The longest weekly series scheduled at once: a year. */
    public static final int MOST_WEEKS = 52;
    /** The most places a session offers for booking. */
    public static final int MOST_PLACES = 500;

    static final String COLUMNS = """
            id, series_id, title, about, setting_ref, place_name, place_postcode, latitude, longitude, locality, starts_at, ends_at,
            capacity, walk_ins, booked, leaders, status, cancel_reason""";

    private final JdbcClient db;
    private final AreaPlaces places;
    private final Localities localities;
    private final AreaMembers members;
    private final FamilyNotices notices;
    private final AuditTrail audit;
    private final DropInOffer offer;
    private final Clock clock;

    DropIns(JdbcClient db, AreaPlaces places, Localities localities, AreaMembers members, FamilyNotices notices, AuditTrail audit,
            DropInOffer offer, Clock clock) {
        this.offer = offer;
        this.db = db;
        this.places = places;
        this.localities = localities;
        this.members = members;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Schedules the session, or one a week for {@code weeks} weeks; the sessions, first first. */
    @Transactional
    public List<DropInSession> schedule(Area area, SessionPlan plan, String by) {
        Setting place = check(area, plan);
        List<DropInSession> made = new ArrayList<>();
        Long series = null;
        int weeks = plan.weeks() == null ? 1 : plan.weeks();
        for (int week = 0; week < weeks; week++) {
            LocalDate day = plan.date().plusWeeks(week);
            long id = db.sql("""
                    insert into access_session (area_id, series_id, title, about, setting_ref, place_name, place_postcode, latitude,
                        longitude, locality, starts_at, ends_at, capacity, walk_ins, leaders, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(area.id(), series, plan.title().strip(), blank(plan.about()), place.ref(), place.name(), place.postcode(),
                            place.latitude(), place.longitude(), localityOf(area, place), at(day, plan.starts()),
                            at(day, plan.ends()), plan.capacity(), plan.walkIns(), plan.leaders().toArray(String[]::new), by)
                    .query(Long.class).single();
            if (weeks > 1 && series == null) {
                series = id;
                db.sql("update access_session set series_id = ? where id = ?").params(id, id).update();
            }
            made.add(session(area, id));
        }
        audit.record(area.id(), "SCHEDULE", "drop-in session", String.valueOf(made.getFirst().id()),
                made.size() + " session(s) at " + place.name());
        offer.keepInStep(area, upcoming(area), clock.instant(), by);
        return made;
    }

    /** Moves one session to another day or time; the families who booked are told. */
    @Transactional
    public DropInSession move(Area area, long id, LocalDate day, java.time.LocalTime starts, java.time.LocalTime ends, String by) {
        DropInSession session = session(area, id);
        RowErrors errors = new RowErrors();
        if (session.cancelled()) {
            errors.add(0, "date", "This session was cancelled; schedule a new one instead.");
        }
        times(errors, day, starts, ends);
        if (!errors.isEmpty()) {
            throw errors.refused("The session was not moved.");
        }
        db.sql("update access_session set starts_at = ?, ends_at = ?, changed_by = ?, changed_at = now() where id = ? and area_id = ?")
                .params(at(day, starts), at(day, ends), by, id, area.id()).update();
        DropInSession moved = session(area, id);
        notices.sessionMoved(area, moved);
        offer.keepInStep(area, upcoming(area), clock.instant(), by);
        audit.record(area.id(), "MOVE", "drop-in session", String.valueOf(id), Formats.ukDate(day));
        return moved;
    }

    /** Cancels one session; the families who booked are told, with the reason. */
    @Transactional
    public DropInSession cancel(Area area, long id, String reason, String by) {
        DropInSession session = session(area, id);
        if (session.cancelled()) {
            return session;
        }
        if (reason != null && reason.length() > TextLimits.DESCRIPTION) {
            throw org.strands.platform.InvalidInput.of("reason", "Give a reason of at most 5,000 characters.");
        }
        db.sql("update access_session set status = 'CANCELLED', cancel_reason = ?, changed_by = ?, changed_at = now() where id = ? and area_id = ?")
                .params(blank(reason), by, id, area.id()).update();
        DropInSession cancelled = session(area, id);
        notices.sessionCancelled(area, cancelled);
        offer.keepInStep(area, upcoming(area), clock.instant(), by);
        audit.record(area.id(), "CANCEL", "drop-in session", String.valueOf(id), blank(reason));
        return cancelled;
    }

    public DropInSession session(Area area, long id) {
        return db.sql("select " + COLUMNS + " from access_session where id = ? and area_id = ?").params(id, area.id())
                .query(DropIns::read).optional()
                .orElseThrow(() -> new NotFound("There is no drop-in session " + id + " in " + area.name() + "."));
    }

    /** Sessions that have not ended, soonest first, cancelled ones included (so that a family sees theirs was). */
    public List<DropInSession> upcoming(Area area) {
        return db.sql("select " + COLUMNS + " from access_session where area_id = ? and ends_at > ? order by starts_at, id")
                .params(area.id(), java.sql.Timestamp.from(clock.instant())).query(DropIns::read).list();
    }

    /** Sessions between two days, for the service's own list. */
    public List<DropInSession> between(Area area, LocalDate from, LocalDate to) {
        return db.sql("select " + COLUMNS + " from access_session where area_id = ? and starts_at >= ? and starts_at < ? order by starts_at, id")
                .params(area.id(), at(from, java.time.LocalTime.MIDNIGHT), at(to.plusDays(1), java.time.LocalTime.MIDNIGHT))
                .query(DropIns::read).list();
    }

    /** A practitioner's own sessions from today on. */
    public List<DropInSession> ledBy(Area area, String username) {
        return db.sql("select " + COLUMNS + " from access_session where area_id = ? and ? = any(leaders) and ends_at > ? order by starts_at")
                .params(area.id(), username, at(LocalDate.now(clock.withZone(Formats.LONDON)), java.time.LocalTime.MIDNIGHT))
                .query(DropIns::read).list();
    }

    /** Upcoming sessions held at a setting or venue. */
    public List<DropInSession> at(Area area, String settingRef) {
        return db.sql("select " + COLUMNS + " from access_session where area_id = ? and setting_ref = ? and ends_at > ? and status = 'SCHEDULED' order by starts_at")
                .params(area.id(), settingRef, java.sql.Timestamp.from(clock.instant())).query(DropIns::read).list();
    }

    /** The practitioners of the area who may lead a session: their usernames and names. */
    public Map<String, String> possibleLeaders(Area area) {
        return members.of(area.id()).stream().filter(m -> m.roles().contains(Role.PRACTITIONER) || m.roles().contains(Role.SERVICE_LEAD))
                .collect(Collectors.toMap(AreaMembers.Member::username, AreaMembers.Member::displayName, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private Setting check(Area area, SessionPlan plan) {
        RowErrors errors = new RowErrors();
        if (plan.title() == null || plan.title().isBlank()) {
            errors.add(0, "title", "Enter a title, such as \u201cTalking matters drop-in\u201d.");
        } else if (plan.title().strip().length() > TextLimits.NAME) {
            errors.add(0, "title", "Enter a title of at most 200 characters.");
        }
        if (plan.about() != null && plan.about().length() > TextLimits.DESCRIPTION) {
            errors.add(0, "about", "Say what happens in at most 5,000 characters.");
        }
        Setting place = null;
        if (plan.settingRef() == null || plan.settingRef().isBlank()) {
            errors.add(0, "settingRef", "Choose where the session is held.");
        } else {
            place = settingOf(area, plan.settingRef()).orElse(null);
            if (place == null) {
                errors.add(0, "settingRef", "Choose a setting or venue of " + area.name() + ".");
            }
        }
        times(errors, plan.date(), plan.starts(), plan.ends());
        if (plan.capacity() == null) {
            errors.add(0, "capacity", "Enter how many places can be booked, 0 if families only walk in.");
        } else if (plan.capacity() < 0 || plan.capacity() > MOST_PLACES) {
            errors.add(0, "capacity", "Enter a number of places from 0 to " + MOST_PLACES + ".");
        } else if (plan.capacity() == 0 && !plan.walkIns()) {
            errors.add(0, "capacity", "Offer places to book, or room for walk-ins, or both.");
        }
        if (plan.weeks() != null && (plan.weeks() < 1 || plan.weeks() > MOST_WEEKS)) {
            errors.add(0, "weeks", "Enter a number of weeks from 1 to " + MOST_WEEKS + ".");
        }
        Set<String> known = possibleLeaders(area).keySet();
        List<String> strangers = plan.leaders().stream().filter(l -> !known.contains(l)).toList();
        if (plan.leaders().size() > 20) {
            errors.add(0, "leaders", "Choose at most 20 practitioners.");
        } else if (!strangers.isEmpty()) {
            errors.add(0, "leaders", "Choose practitioners of " + area.name() + ": " + String.join(", ", strangers) + " is not one.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The session was not scheduled.");
        }
        return place;
    }

    private void times(RowErrors errors, LocalDate day, java.time.LocalTime starts, java.time.LocalTime ends) {
        if (day == null) {
            errors.add(0, "date", "Enter the day of the session.");
        } else if (day.isBefore(LocalDate.now(clock.withZone(Formats.LONDON)))) {
            errors.add(0, "date", "Enter a day from today on: this one has passed.");
        } else if (day.isAfter(LocalDate.now(clock.withZone(Formats.LONDON)).plusYears(2))) {
            errors.add(0, "date", "Enter a day within the next two years.");
        }
        if (starts == null) {
            errors.add(0, "starts", "Enter the time it starts, such as 09:30.");
        }
        if (ends == null) {
            errors.add(0, "ends", "Enter the time it ends, such as 11:30.");
        } else if (starts != null && !ends.isAfter(starts)) {
            errors.add(0, "ends", "Enter an end time after the start time.");
        }
    }

    /** A setting or venue of the area by its ref, without the audited read of a setting's page. */
    java.util.Optional<Setting> settingOf(Area area, String ref) {
        String wanted = ref.strip();
        return places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> s.ref().equals(wanted)).findFirst();
    }

    /** The locality a setting or venue lies in, by its ward; null when its ward is in none. */
    String localityOf(Area area, Setting place) {
        if (place.wardCode() == null) {
            return null;
        }
        return localities.of(area).stream().filter(l -> l.wards().stream().anyMatch(w -> w.code().equals(place.wardCode())))
                .map(org.strands.place.Locality::name).findFirst().orElse(null);
    }

    static java.sql.Timestamp at(LocalDate day, java.time.LocalTime time) {
        return java.sql.Timestamp.from(ZonedDateTime.of(day, time, Formats.LONDON).toInstant());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static DropInSession read(ResultSet rs, int row) throws SQLException {
        Array leaders = rs.getArray("leaders");
        double latitude = rs.getDouble("latitude");
        Double lat = rs.wasNull() ? null : latitude;
        double longitude = rs.getDouble("longitude");
        Double lon = rs.wasNull() ? null : longitude;
        long series = rs.getLong("series_id");
        return new DropInSession(rs.getLong("id"), rs.wasNull() ? null : series, rs.getString("title"), rs.getString("about"),
                rs.getString("setting_ref"), rs.getString("place_name"), rs.getString("place_postcode"), lat, lon,
                rs.getString("locality"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("capacity"), rs.getBoolean("walk_ins"), rs.getInt("booked"),
                leaders == null ? List.of() : Arrays.asList((String[]) leaders.getArray()), "CANCELLED".equals(rs.getString("status")),
                rs.getString("cancel_reason"));
    }

    Instant now() {
        return clock.instant();
    }
}
