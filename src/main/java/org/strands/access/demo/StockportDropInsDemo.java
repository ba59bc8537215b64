package org.strands.access.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strands.access.BookingRequest;
import org.strands.access.Bookings;
import org.strands.access.DropInSession;
import org.strands.access.DropIns;
import org.strands.access.SessionPlan;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.platform.DemoMode;
import org.strands.platform.Formats;

/**
 * The demo's drop-ins for Stockport: weekly sessions from next week at its family hubs and libraries, some already booked,
 * and half a year of past sessions (drop-ins began on {@link #BEGAN}) with the families who came and their contacts.
 * Synthetic families only, with made-up first names and example.org addresses.
 */
@Component
class StockportDropInsDemo implements ApplicationModuleInitializer {

    /** When the demo's drop-ins began, so that waits before and after can be compared. */
    static final LocalDate BEGAN = LocalDate.of(2026, 6, 1);
    private static final List<String> NAMES = List.of("Aisha", "Ben", "Callum", "Daisy", "Emre", "Freya", "Gita", "Harry", "Isla",
            "Jamal", "Kasia", "Leo", "Mia", "Noah", "Olu", "Poppy", "Raj", "Sofia", "Tom", "Zara");
    private static final List<String> WORRIES = List.of("He has only a few words and gets frustrated",
            "Nursery say she is hard to understand", "He repeats the first sound of words", "She does not seem to follow instructions",
            "We speak Polish at home and wonder about English", "He does not play with other children");
    private static final String[][] CONTACTS = {{"TALKING", "REASSURANCE"}, {"SPEECH_SOUNDS", "COMMUNITY"},
            {"STAMMERING", "FURTHER_ENQUIRY"}, {"UNDERSTANDING", "REASSURANCE"}, {"LANGUAGES", "REASSURANCE"}, {"SOCIAL", "REFERRAL"}};

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final AreaPlaces places;
    private final DropIns dropIns;
    private final Bookings bookings;
    private final ContactCipher cipher;
    private final JdbcClient db;
    private final Clock clock;

    StockportDropInsDemo(DemoMode demo, AreaRegistry areas, AreaPlaces places, DropIns dropIns, Bookings bookings, ContactCipher cipher,
            JdbcClient db, Clock clock) {
        this.demo = demo;
        this.areas = areas;
        this.places = places;
        this.dropIns = dropIns;
        this.bookings = bookings;
        this.cipher = cipher;
        this.db = db;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        areas.find("stockport").filter(this::noSessionsYet).ifPresent(area -> {
            List<Setting> hosts = hosts(area);
            if (hosts.isEmpty()) {
                return;
            }
            Random random = new Random(2026);
            LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
            LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            for (int i = 0; i < hosts.size(); i++) {
                Setting host = hosts.get(i);
                List<DropInSession> series = dropIns.schedule(area, new SessionPlan(host.venue() ? "Talking matters drop-in" : "Chatter drop-in at school",
                        "Bring your child and talk to a speech and language therapist about how they understand, talk or play. "
                                + "No referral needed.", host.ref(), nextMonday.plusDays(i % 5), LocalTime.of(9, 30).plusHours(i % 2 * 4),
                        LocalTime.of(11, 30).plusHours(i % 2 * 4), 8, true, List.of("practitioner"), 8), "demo");
                for (int b = 0; b < 3 + i % 4; b++) {
                    String name = NAMES.get(random.nextInt(NAMES.size()));
                    bookings.book(area, series.getFirst().id(), new BookingRequest(name + " (demo family)",
                            name.toLowerCase() + b + "@example.org", null, 1 + random.nextInt(5), WORRIES.get(random.nextInt(WORRIES.size())),
                            random.nextBoolean()), null);
                }
            }
            history(area, hosts, today, random);
        });
    }

    private boolean noSessionsYet(Area area) {
        return db.sql("select count(*) from access_session where area_id = ?").param(area.id()).query(Integer.class).single() == 0;
    }

    /** Family hubs and libraries first; schools when the area has no venues. */
    private List<Setting> hosts(Area area) {
        List<Setting> all = places.settings(area, AreaPlaces.SettingFilter.NONE);
        List<Setting> venues = all.stream().filter(Setting::venue).limit(6).toList();
        return !venues.isEmpty() ? venues : all.stream().filter(s -> s.latitude() != null).limit(4).toList();
    }

    /** Past weekly sessions since drop-ins began, with the families who came (walked in or booked) and their contacts. */
    private void history(Area area, List<Setting> hosts, LocalDate today, Random random) {
        List<Object[]> contacts = new ArrayList<>();
        for (LocalDate week = BEGAN; week.isBefore(today.minusDays(6)); week = week.plusWeeks(1)) {
            for (int i = 0; i < Math.min(3, hosts.size()); i++) {
                Setting host = hosts.get(i);
                LocalDate day = week.plusDays(i);
                long session = db.sql("""
                        insert into access_session (area_id, title, setting_ref, place_name, place_postcode, latitude, longitude, starts_at,
                            ends_at, capacity, walk_ins, leaders, created_by)
                        values (?, 'Talking matters drop-in', ?, ?, ?, ?, ?, ?, ?, 8, true, '{practitioner}', 'demo') returning id""")
                        .params(area.id(), host.ref(), host.name(), host.postcode(), host.latitude(), host.longitude(),
                                at(day, 9, 30), at(day, 11, 30)).query(Long.class).single();
                int families = 2 + random.nextInt(5);
                for (int f = 0; f < families; f++) {
                    UUID booking = UUID.randomUUID();
                    String[] contact = CONTACTS[random.nextInt(CONTACTS.length)];
                    int age = 1 + random.nextInt(6);
                    db.sql("""
                            insert into access_booking (id, area_id, session_id, kind, status, family_name, child_age_years, concern, created_at)
                            values (?, ?, ?, 'WALK_IN', 'ATTENDED', ?, ?, ?, ?)""")
                            .params(booking, area.id(), session, cipher.seal(NAMES.get(random.nextInt(NAMES.size())) + " (demo family)"),
                                    age, cipher.seal(WORRIES.get(random.nextInt(WORRIES.size()))), at(day, 9, 30)).update();
                    contacts.add(new Object[] {area.id(), session, booking, day, age, contact[0], contact[1]});
                }
            }
        }
        for (Object[] c : contacts) {
            db.sql("""
                    insert into access_contact (area_id, session_id, booking_id, route, contact_on, child_age_years, concerns, advice,
                        outcomes, recorded_by, recorded_at)
                    values (?, ?, ?, 'EASY_ACCESS', ?, ?, array[?], 'Ideas to try at home, and when to come back', array[?], 'practitioner', ?)""")
                    .params(c[0], c[1], c[2], c[3], c[4], c[5], c[6], at((LocalDate) c[3], 11, 30)).update();
        }
    }

    private static java.sql.Timestamp at(LocalDate day, int hour, int minute) {
        return java.sql.Timestamp.from(ZonedDateTime.of(day, LocalTime.of(hour, minute), Formats.LONDON).toInstant());
    }
}
