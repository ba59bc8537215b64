package org.strands.provision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AreaPlaces;
import org.strands.place.Localities;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.RowError;
import org.strands.platform.RowErrors;

/** Partners' offers: recorded one by one or from an audit spreadsheet, with every change kept. */
@Service
public class ProvisionRegister {

    public record ImportResult(int created, int updated) implements java.io.Serializable {
    }

    /** An offer as it was after a change; {@code note} says what changed when it was not the offer's own form or import. */
    public record Change(String changedBy, OffsetDateTime changedAt, String snapshot, String note) {
    }

    private final OfferStore store;
    private final OfferQueries queries;
    private final Localities localities;
    private final AreaPlaces places;
    private final JdbcClient db;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProvisionCaches caches;
    private final ApplicationEventPublisher events;

    ProvisionRegister(OfferStore store, OfferQueries queries, Localities localities, AreaPlaces places, JdbcClient db,
            AuditTrail audit, Clock clock, ProvisionCaches caches, ApplicationEventPublisher events) {
        this.caches = caches;
        this.events = events;
        this.store = store;
        this.queries = queries;
        this.localities = localities;
        this.places = places;
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every offer and recorded gap of the area, by partner and name. */
    public List<Offer> offers(Area area) {
        return caches.offers.get(area.id(), key -> read(area));
    }

    public Offer offer(Area area, long id) {
        return offers(area).stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no offer " + id + " in " + area.name() + "."));
    }

    /** Records a new offer or updates the partner's offer of the same name. */
    @Transactional
    public Offer save(Area area, OfferDetails offer, String by) {
        AreaFacts facts = checked(area, offer);
        return write(area, canonical(offers(area), offer), facts, by, "OFFER_SAVED");
    }

    /**
     * Changes an offer of the area, including its name or partner. The name must not be taken by another
     * offer of that partner.
     */
    @Transactional
    public Offer update(Area area, long id, OfferDetails offer, String by) {
        Offer current = offer(area, id);
        List<Offer> stored = offers(area);
        if (offer.partner() != null && offer.name() != null) {
            boolean taken = stored.stream().anyMatch(o -> o.id() != id && o.partner().equalsIgnoreCase(offer.partner().strip())
                    && o.name().equalsIgnoreCase(offer.name().strip()));
            if (taken) {
                throw InvalidInput.of(AuditColumns.OFFER, offer.partner() + " already has an offer called \"" + offer.name() + "\".");
            }
        }
        AreaFacts facts = checked(area, offer);
        store.rename(area.id(), current.id(), offer.partner().strip(), offer.partnerType(), offer.name().strip());
        // the stored offer now has exactly these names; matching them against offers read before the rename
        // would take the old spelling and store a second offer
        return write(area, offer.named(offer.partner().strip(), offer.name().strip()), facts, by, "OFFER_SAVED");
    }

    /** Withdraws an offer: its status becomes withdrawn; it is kept, with a history entry and an audit entry saying who did it. */
    @Transactional
    public Offer withdraw(Area area, long id, String by) {
        Offer current = offer(area, id);
        return write(area, OfferDetails.of(current, OfferStatus.WITHDRAWN), facts(area), by, "OFFER_WITHDRAWN");
    }

    /** Throws {@link InvalidInput} with every reason the offer could not be stored; stores nothing. */
    public void check(Area area, OfferDetails offer) {
        checked(area, offer);
    }

    private AreaFacts checked(Area area, OfferDetails offer) {
        AreaFacts facts = facts(area);
        List<RowError> errors = new ArrayList<>();
        OfferRules.check(offer, 0, facts, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The offer was not saved.", errors);
        }
        return facts;
    }

    private Offer write(Area area, OfferDetails named, AreaFacts facts, String by, String auditAction) {
        OfferStore.Saved saved = store.save(area.id(), List.of(named), facts, by, clock.instant());
        events.publishEvent(new OffersChanged(area.id()));
        long id = saved.ids().getFirst();
        audit.record(area.id(), auditAction, "offer", String.valueOf(id), named.partner() + ": " + named.name());
        return read(area).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /** Checks every row of an audit and stores all of them, or none with every error listed. */
    @Transactional
    public ImportResult importAudit(Area area, List<AuditRow> rows, String by) {
        AreaFacts facts = facts(area);
        List<RowError> errors = new ArrayList<>();
        List<OfferDetails> checked = new ArrayList<>();
        Map<String, Long> firstRow = new HashMap<>();
        Map<String, PartnerType> partnerTypes = new HashMap<>();
        Map<String, Long> partnerRows = new HashMap<>();
        List<Offer> stored = offers(area);
        for (AuditRow row : rows) {
            if (row.blank()) {
                continue;
            }
            OfferDetails offer = row.toOffer(errors);
            OfferRules.check(offer, row.row(), facts, errors);
            String key = (offer.partner() + "\u0000" + offer.name()).toLowerCase(java.util.Locale.ROOT);
            Long first = firstRow.putIfAbsent(key, row.row());
            if (first != null && offer.partner() != null && offer.name() != null) {
                errors.add(new RowError(row.row(), AuditColumns.OFFER, "\"" + offer.name() + "\" of " + offer.partner()
                        + " appears more than once (first on row " + first + ")."));
            }
            if (offer.partner() != null && offer.partnerType() != null) {
                String partnerKey = offer.partner().toLowerCase(java.util.Locale.ROOT);
                PartnerType earlier = partnerTypes.putIfAbsent(partnerKey, offer.partnerType());
                partnerRows.putIfAbsent(partnerKey, row.row());
                if (earlier != null && earlier != offer.partnerType()) {
                    errors.add(new RowError(row.row(), AuditColumns.PARTNER_TYPE, offer.partner() + " is a "
                            + earlier.label() + " on row " + partnerRows.get(partnerKey) + ": one partner has one type."));
                }
            }
            checked.add(offer);
        }
        if (checked.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, AuditColumns.PARTNER, "The spreadsheet has a header row but no offers."));
        }
        if (!errors.isEmpty()) {
            throw RowErrors.refusal(org.strands.platform.Copy.of("input.auditRejected", errors.size()), errors);
        }
        List<OfferDetails> named = checked.stream().map(o -> canonical(stored, o)).map(o -> keepFormOnlyFields(stored, o)).toList();
        OfferStore.Saved saved = store.save(area.id(), named, facts, by, clock.instant());
        events.publishEvent(new OffersChanged(area.id()));
        audit.record(area.id(), "PROVISION_AUDIT_IMPORTED", "offer", null, saved.created() + " created, " + saved.updated() + " updated");
        return new ImportResult(saved.created(), saved.updated());
    }

    /** Offers read now, not from the cache: inside a transaction they include its changes. */
    private List<Offer> read(Area area) {
        return queries.of(area.id(), facts(area));
    }

    /** An offer named as one already stored, whatever the case, takes the stored spelling so that it updates it. */
    private static OfferDetails canonical(List<Offer> stored, OfferDetails offer) {
        if (offer.partner() == null || offer.name() == null) {
            return offer;
        }
        String partner = stored.stream().map(Offer::partner).filter(p -> p.equalsIgnoreCase(offer.partner().strip()))
                .findFirst().orElse(offer.partner().strip());
        String name = stored.stream().filter(o -> o.partner().equals(partner) && o.name().equalsIgnoreCase(offer.name().strip()))
                .map(Offer::name).findFirst().orElse(offer.name().strip());
        return offer.named(partner, name);
    }

    private static OfferDetails keepFormOnlyFields(List<Offer> stored, OfferDetails offer) {
        return stored.stream().filter(o -> o.partner().equals(offer.partner()) && o.name().equals(offer.name())).findFirst()
                .map(offer::keeping).orElse(offer);
    }

    /** The offer as it was after each change, newest first. */
    public List<Change> history(Area area, long id) {
        offer(area, id);
        return db.sql("select changed_by, changed_at, snapshot::text as snapshot, note from offer_change where offer_id = ? and area_id = ? order by changed_at desc, id desc")
                .params(id, area.id()).query(Change.class).list();
    }

    /** The names of the area's localities, for forms and templates. */
    public List<String> localityNames(Area area) {
        return facts(area).localities().stream().map(org.strands.place.Locality::name).toList();
    }

    AreaFacts facts(Area area) {
        return AreaFacts.of(localities.of(area), places.settings(area, AreaPlaces.SettingFilter.NONE));
    }
}
