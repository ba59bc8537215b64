package org.strands.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.place.AreaPlaces;
import org.strands.place.Location;
import org.strands.place.Postcodes;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.BadValue;
import org.strands.platform.Formats;
import org.strands.provision.AccessRoute;
import org.strands.provision.Offer;
import org.strands.provision.OfferStatus;
import org.strands.provision.OffersChanged;
import org.strands.provision.ProvisionRegister;

/**
 * Keeps the directory in step with the area's provision offers: every current offer is a published service (the area's
 * drop-ins among them, which access keeps as an offer), given at the places of its settings; an offer no longer current
 * is archived. What the offer says (name, description, ages, outcomes, how to reach it) is the offer's; what the area
 * adds for families (who it is for, cost, worries, owner, review date) is kept. After every change of offers, and at
 * the first start for an area's offers made before.
 */
@Component
class OfferEntries implements ApplicationModuleInitializer {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,20}");
    /** How long after an entry is made that it should first be reviewed. */
    static final int FIRST_REVIEW_MONTHS = 6;

    private final ProvisionRegister provision;
    private final AreaPlaces places;
    private final Postcodes postcodes;
    private final AreaRegistry areas;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferEntries(ProvisionRegister provision, AreaPlaces places, Postcodes postcodes, AreaRegistry areas, JdbcClient db, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.provision = provision;
        this.places = places;
        this.postcodes = postcodes;
        this.areas = areas;
        this.db = db;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The first start with the directory: entries for the offers every area already has. Later changes come by
     * {@link OffersChanged}, kept by the event registry until handled, so a start does not go through every offer again.
     */
    @Override
    public void initialize() {
        areas.all().stream().filter(area -> db.sql("select count(*) from directory_entry where area_id = ? and source = 'OFFER'")
                .param(area.id()).query(Long.class).single() == 0).forEach(this::keepInStep);
    }

    @ApplicationModuleListener
    void on(OffersChanged changed) {
        areas.byId(changed.areaId()).ifPresent(this::keepInStep);
    }

    /** The area's entries made, changed or archived to match its offers now. */
    void keepInStep(Area area) {
        List<Offer> offers = provision.offers(area);
        Map<String, Setting> settings = offers.stream().anyMatch(o -> !o.settingRefs().isEmpty())
                ? places.settings(area, AreaPlaces.SettingFilter.NONE).stream().collect(Collectors.toMap(Setting::ref, Function.identity(), (a, b) -> a))
                : Map.of();
        LocalDate review = LocalDate.now(clock.withZone(Formats.LONDON)).plusMonths(FIRST_REVIEW_MONTHS);
        transaction.executeWithoutResult(t -> {
            Map<UUID, List<String>> placed = placed(area);
            for (Offer offer : offers) {
                if (offer.status() == OfferStatus.CURRENT) {
                    publish(area, offer, settings, review, placed.getOrDefault(idOf(offer), List.of()));
                } else {
                    db.sql("update directory_entry set status = 'ARCHIVED', updated_at = now() where area_id = ? and offer_id = ? and status <> 'ARCHIVED'")
                            .params(area.id(), offer.id()).update();
                }
            }
            events.publishEvent(new DirectoryChanged(area.id()));
        });
    }

    static UUID idOf(Offer offer) {
        return UUID.nameUUIDFromBytes(("strands/provision/offer/" + offer.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The places of the area's entries now, each as {@link #place} writes it down, by entry. */
    private Map<UUID, List<String>> placed(Area area) {
        Map<UUID, List<String>> placed = new java.util.HashMap<>();
        db.sql("select entry_id, setting_ref, name, address, postcode, latitude, longitude from directory_location where area_id = ?")
                .param(area.id()).query(rs -> {
                    placed.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new java.util.ArrayList<>()).add(String.join("|",
                            rs.getString("setting_ref"), rs.getString("name"), rs.getString("address"), rs.getString("postcode"),
                            String.valueOf(rs.getObject("latitude", Double.class)), String.valueOf(rs.getObject("longitude", Double.class))));
                });
        placed.values().forEach(java.util.Collections::sort);
        return placed;
    }

    /** A setting as a place of an entry: its point its own, or else its postcode's. */
    private record Spot(String ref, String name, String address, String postcode, Double latitude, Double longitude) {

        /** Written down to compare with what is stored. */
        String written() {
            return String.join("|", ref, name, address, postcode, String.valueOf(latitude), String.valueOf(longitude));
        }
    }

    private Spot spot(Setting s) {
        Double latitude = s.latitude();
        Double longitude = s.longitude();
        if ((latitude == null || longitude == null) && s.postcode() != null) {
            Optional<Location> at = located(s.postcode());
            latitude = at.map(Location::latitude).orElse(null);
            longitude = at.map(Location::longitude).orElse(null);
        }
        return new Spot(s.ref(), bounded(s.name(), 200), bounded(s.town(), 500), bounded(s.postcode(), 10), latitude, longitude);
    }

    private Optional<Location> located(String postcode) {
        try {
            return postcodes.locate(postcode);
        } catch (BadValue e) {
            return Optional.empty();
        }
    }

    private void publish(Area area, Offer offer, Map<String, Setting> settings, LocalDate review, List<String> placedNow) {
        UUID id = idOf(offer);
        String contact = offer.contact() == null ? "" : offer.contact().strip();
        String email = EMAIL.matcher(contact).find() ? first(EMAIL, contact) : null;
        String phone = PHONE.matcher(contact).find() ? first(PHONE, contact).strip() : null;
        db.sql("""
                insert into directory_entry (id, area_id, kind, source, offer_id, name, summary, how_to_get, open_access, email, phone, organisation,
                    age_from, age_to, outcomes, owner, review_on, status, updated_by)
                values (:id, :area, 'SERVICE', 'OFFER', :offer, :name, :summary, :how, :open, :email, :phone, :organisation, :from, :to, :outcomes,
                    :owner, :review, 'PUBLISHED', :by)
                on conflict (id) do update set name = excluded.name, summary = excluded.summary, how_to_get = excluded.how_to_get,
                    open_access = excluded.open_access, email = coalesce(excluded.email, directory_entry.email),
                    phone = coalesce(excluded.phone, directory_entry.phone), organisation = excluded.organisation, age_from = excluded.age_from,
                    age_to = excluded.age_to, outcomes = excluded.outcomes,
                    status = case when directory_entry.status = 'ARCHIVED' then 'PUBLISHED' else directory_entry.status end,
                    updated_at = now(), updated_by = excluded.updated_by
                where (directory_entry.name, directory_entry.summary, directory_entry.how_to_get, directory_entry.open_access,
                       directory_entry.organisation, directory_entry.age_from, directory_entry.age_to, directory_entry.outcomes, directory_entry.status)
                      is distinct from (excluded.name, excluded.summary, excluded.how_to_get, excluded.open_access, excluded.organisation,
                       excluded.age_from, excluded.age_to, excluded.outcomes, 'PUBLISHED')""")
                .param("id", id).param("area", area.id()).param("offer", offer.id()).param("name", bounded(offer.name(), 200))
                .param("summary", bounded(offer.description() == null || offer.description().isBlank() ? offer.name() : offer.description(), 5000))
                .param("how", bounded(offer.howToAccess(), 5000)).param("open", offer.accessRoute() == AccessRoute.OPEN_ACCESS)
                .param("email", bounded(email, 320)).param("phone", bounded(phone, 50)).param("organisation", bounded(offer.partner(), 200))
                .param("from", clampAge(offer.ageFrom())).param("to", clampAge(offer.ageTo()))
                .param("outcomes", offer.outcomes().toArray(String[]::new)).param("owner", bounded(offer.updatedBy(), 200))
                .param("review", review).param("by", "provision").update();
        List<Spot> places = offer.settingRefs().stream().distinct().map(settings::get).filter(java.util.Objects::nonNull).map(this::spot).toList();
        if (places.stream().map(Spot::written).sorted().toList().equals(placedNow)) {
            // its places are as they were: an offer changed elsewhere in the area does not rewrite them
            return;
        }
        db.sql("delete from directory_location where entry_id = ?").param(id).update();
        for (Spot s : places) {
            db.sql("""
                    insert into directory_location (id, area_id, entry_id, name, address, postcode, setting_ref, latitude, longitude)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.nameUUIDFromBytes((id + "/" + s.ref()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), area.id(), id,
                            s.name(), s.address(), s.postcode(), s.ref(), s.latitude(), s.longitude())
                    .update();
        }
    }

    private static String first(Pattern pattern, String text) {
        java.util.regex.Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static Integer clampAge(Integer age) {
        return age == null ? null : Math.max(0, Math.min(25, age));
    }

    private static String bounded(String s, int limit) {
        return s == null || s.isBlank() ? null : s.length() > limit ? s.substring(0, limit) : s.strip();
    }
}
