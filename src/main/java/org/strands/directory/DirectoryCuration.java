package org.strands.directory;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.framework.OutcomeCode;
import org.strands.place.Location;
import org.strands.place.Postcodes;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.BadValue;
import org.strands.platform.Formats;
import org.strands.platform.NotFound;
import org.strands.platform.RowErrors;

/**
 * The area's side of its directory: every entry with its owner and review date, entries the area writes (information
 * and services of its own), and the family's side of entries made from offers. Every change is checked field by field
 * and kept in the audit log.
 */
@Service
public class DirectoryCuration {

    /** One line of the area's list of entries. */
    public record Row(UUID id, String kind, String source, String name, String owner, LocalDate reviewOn, String status, boolean reviewDue) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,30}");
    /** How soon a review date counts as due, so that the owner has time to look. */
    static final int REVIEW_WARNING_DAYS = 30;

    private final JdbcClient db;
    private final Directory directory;
    private final Postcodes postcodes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryCuration(JdbcClient db, Directory directory, Postcodes postcodes, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.directory = directory;
        this.postcodes = postcodes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every entry of the area, those whose review is due (or soon due) first, then by name; archived ones last. */
    @Transactional(readOnly = true)
    public List<Row> entries(Area area) {
        LocalDate soon = today().plusDays(REVIEW_WARNING_DAYS);
        return db.sql("""
                select id, kind, source, name, owner, review_on, status,
                       status <> 'ARCHIVED' and (review_on is null or review_on <= ?) as review_due
                from directory_entry where area_id = ?
                order by status = 'ARCHIVED', review_due desc, review_on nulls first, lower(name), id""")
                .params(soon, area.id()).query(Row.class).list();
    }

    /** One entry of the area in any status; 404 for none. */
    public DirectoryEntry entry(Area area, UUID id) {
        return directory.find(area, id).orElseThrow(() -> new NotFound("There is no entry " + id + " in " + area.name() + "'s directory."));
    }

    /** The area's answers to the Local Offer's questions for the entry. */
    public Map<LocalOfferQuestion, String> localOffer(DirectoryEntry entry) {
        return directory.localOffer(entry);
    }

    /** An entry the area writes itself: its id. */
    @Transactional
    public UUID create(Area area, EntryDetails details, String by) {
        Optional<Location> place = check(details, false);
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into directory_entry (id, area_id, kind, source, name, summary, who_for, how_to_get, open_access, cost, url, email, phone,
                    organisation, age_from, age_to, worries, outcomes, owner, review_on, status, updated_by)
                values (?, ?, ?, 'AREA', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, area.id(), details.kind(), details.name().strip(), details.summary().strip(), blank(details.whoFor()),
                        blank(details.howToGet()), details.openAccess(), blank(details.cost()), blank(details.url()), blank(details.email()),
                        blank(details.phone()), blank(details.organisation()), details.ageFrom(), details.ageTo(),
                        details.worries().stream().distinct().toArray(String[]::new), details.outcomes().stream().distinct().toArray(String[]::new),
                        details.owner().strip(), details.reviewOn(), details.status(), by)
                .update();
        place(area, id, details, place);
        answer(area, id, details);
        audit.record(area.id(), "CREATE", "directory-entry", id.toString(), details.name().strip());
        events.publishEvent(new DirectoryChanged(area.id()));
        return id;
    }

    /** Saves the area's side of an entry: all of it for one the area wrote, the family's side for one made from an offer. */
    @Transactional
    public void update(Area area, UUID id, EntryDetails details, String by) {
        DirectoryEntry current = entry(area, id);
        boolean fromOffer = current.offerId() != null;
        Optional<Location> place = check(details, fromOffer);
        if (fromOffer) {
            db.sql("""
                    update directory_entry set family_summary = ?, family_how_to_get = ?, who_for = ?, cost = ?, url = ?, email = ?, phone = ?,
                        worries = ?, owner = ?, review_on = ?, status = ?, updated_at = now(), updated_by = ? where id = ? and area_id = ?""")
                    .params(blank(details.familySummary()), blank(details.familyHowToGet()), blank(details.whoFor()), blank(details.cost()),
                            blank(details.url()), blank(details.email()), blank(details.phone()),
                            details.worries().stream().distinct().toArray(String[]::new), details.owner().strip(), details.reviewOn(),
                            details.status(), by, id, area.id())
                    .update();
        } else {
            db.sql("""
                    update directory_entry set kind = ?, name = ?, summary = ?, who_for = ?, how_to_get = ?, open_access = ?, cost = ?, url = ?,
                        email = ?, phone = ?, organisation = ?, age_from = ?, age_to = ?, worries = ?, outcomes = ?, owner = ?, review_on = ?,
                        status = ?, updated_at = now(), updated_by = ? where id = ? and area_id = ?""")
                    .params(details.kind(), details.name().strip(), details.summary().strip(), blank(details.whoFor()), blank(details.howToGet()),
                            details.openAccess(), blank(details.cost()), blank(details.url()), blank(details.email()), blank(details.phone()),
                            blank(details.organisation()), details.ageFrom(), details.ageTo(),
                            details.worries().stream().distinct().toArray(String[]::new), details.outcomes().stream().distinct().toArray(String[]::new),
                            details.owner().strip(), details.reviewOn(), details.status(), by, id, area.id())
                    .update();
            db.sql("delete from directory_location where entry_id = ?").param(id).update();
            place(area, id, details, place);
        }
        answer(area, id, details);
        audit.record(area.id(), "CHANGE", "directory-entry", id.toString(), null);
        events.publishEvent(new DirectoryChanged(area.id()));
    }

    /** The entry's answers to the Local Offer's questions, as given: those left blank are no longer answered. */
    private void answer(Area area, UUID id, EntryDetails details) {
        db.sql("delete from directory_local_offer where entry_id = ?").param(id).update();
        details.localOffer().forEach((question, answer) -> db.sql(
                "insert into directory_local_offer (entry_id, area_id, question, answer) values (?, ?, ?, ?)")
                .params(id, area.id(), question.name(), answer).update());
    }

    private void place(Area area, UUID id, EntryDetails details, Optional<Location> at) {
        if (blank(details.placeName()) == null) {
            return;
        }
        String postcode = blank(details.postcode()) == null ? null : normalised(details.postcode());
        db.sql("""
                insert into directory_location (id, area_id, entry_id, name, postcode, latitude, longitude) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), area.id(), id, details.placeName().strip(), postcode, at.map(Location::latitude).orElse(null),
                        at.map(Location::longitude).orElse(null))
                .update();
    }

    /** Every field checked; all that is wrong refused at once, naming each field. The place's position, when it has one. */
    private Optional<Location> check(EntryDetails d, boolean fromOffer) {
        RowErrors errors = new RowErrors();
        if (!fromOffer) {
            if (!"SERVICE".equals(d.kind()) && !"INFORMATION".equals(d.kind())) {
                errors.add(0, "kind", "Choose whether this is a service or information.");
            }
            required(errors, "name", d.name(), 200, "Enter the name families will look for");
            required(errors, "summary", d.summary(), 5000, "Say what it is, in plain words");
            longest(errors, "howToGet", d.howToGet(), 5000);
            longest(errors, "organisation", d.organisation(), 200);
            age(errors, "ageFrom", d.ageFrom());
            age(errors, "ageTo", d.ageTo());
            if (d.ageFrom() != null && d.ageTo() != null && d.ageFrom() > d.ageTo()) {
                errors.add(0, "ageTo", "The oldest age must be the same as the youngest or older.");
            }
            if (d.outcomes().stream().anyMatch(o -> OutcomeCode.parse(o).isEmpty()) || d.outcomes().size() > 15) {
                errors.add(0, "outcomes", "Choose outcomes of the framework.");
            }
            longest(errors, "placeName", d.placeName(), 200);
        }
        if (fromOffer) {
            longest(errors, "familySummary", d.familySummary(), 5000);
            longest(errors, "familyHowToGet", d.familyHowToGet(), 5000);
        }
        d.localOffer().forEach((question, answer) -> longest(errors, question.field(), answer, LocalOfferQuestion.LIMIT));
        longest(errors, "whoFor", d.whoFor(), 5000);
        longest(errors, "cost", d.cost(), 200);
        if (blank(d.url()) != null && !webAddress(d.url())) {
            errors.add(0, "url", "Enter a full web address starting with https:// or http://, such as https://www.stockport.gov.uk/.");
        }
        if (blank(d.email()) != null && (d.email().strip().length() > 320 || !EMAIL.matcher(d.email().strip()).matches())) {
            errors.add(0, "email", "Enter an email address like name@example.org.");
        }
        if (blank(d.phone()) != null && !PHONE.matcher(d.phone().strip()).matches()) {
            errors.add(0, "phone", "Enter a phone number using digits, such as 0161 480 4949.");
        }
        if (d.worries().stream().anyMatch(w -> Arrays.stream(Worry.values()).noneMatch(x -> x.name().equals(w)))) {
            errors.add(0, "worries", "Choose worries from the list.");
        }
        required(errors, "owner", d.owner(), 200, "Enter who looks after this entry");
        if (d.reviewOn() == null) {
            errors.add(0, "reviewOn", "Enter the date by which this entry should be checked again.");
        } else if (d.reviewOn().isAfter(today().plusYears(2))) {
            errors.add(0, "reviewOn", "Check an entry at least every two years: choose a date before " + today().plusYears(2).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) + ".");
        }
        if (d.status() == null || !List.of("DRAFT", "PUBLISHED", "ARCHIVED").contains(d.status())) {
            errors.add(0, "status", "Choose whether families can see this entry.");
        }
        Optional<Location> at = Optional.empty();
        if (!fromOffer && blank(d.postcode()) != null) {
            try {
                at = postcodes.locate(d.postcode());
                if (at.isEmpty()) {
                    errors.add(0, "postcode", "We could not find that postcode. Check it, or leave it empty.");
                }
            } catch (BadValue e) {
                errors.add(0, "postcode", e.getMessage());
            }
            if (blank(d.placeName()) == null) {
                errors.add(0, "placeName", "Enter the name of the place, or leave the postcode empty.");
            }
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The entry was not saved.");
        }
        return at;
    }

    private static boolean webAddress(String text) {
        String s = text.strip();
        if (s.length() > 2000 || !(s.startsWith("https://") || s.startsWith("http://"))) {
            return false;
        }
        try {
            URI uri = URI.create(s);
            return uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void required(RowErrors errors, String field, String text, int limit, String ask) {
        if (blank(text) == null) {
            errors.add(0, field, ask + ".");
        } else {
            longest(errors, field, text, limit);
        }
    }

    private static void longest(RowErrors errors, String field, String text, int limit) {
        if (text != null && text.strip().length() > limit) {
            errors.add(0, field, "Keep this to " + String.format("%,d", limit) + " characters or fewer.");
        }
    }

    private static void age(RowErrors errors, String field, Integer age) {
        if (age != null && (age < 0 || age > 25)) {
            errors.add(0, field, "Enter an age in whole years from 0 to 25.");
        }
    }

    private static String normalised(String postcode) {
        try {
            return Postcodes.normalise(postcode);
        } catch (BadValue e) {
            return postcode.strip();
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.LONDON));
    }
}
