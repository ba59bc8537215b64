package org.strands.provision;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.strands.platform.ShortLivedCache;

/** Partners' offers: recorded one by one or from an audit spreadsheet, with every change kept. */
@Service
public class ProvisionRegister {

    public record ImportResult(int created, int updated) {
    }

    public record Change(String changedBy, OffsetDateTime changedAt, String snapshot) {
    }

    private final OfferStore store;
    private final OfferQueries queries;
    private final Localities localities;
    private final AreaPlaces places;
    private final JdbcClient db;
    private final AuditTrail audit;
    private final Clock clock;
    private final ShortLivedCache<Long, List<Offer>> offers = new ShortLivedCache<>(Duration.ofSeconds(60), 100);
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    ProvisionRegister(OfferStore store, OfferQueries queries, Localities localities, AreaPlaces places, JdbcClient db,
            AuditTrail audit, Clock clock) {
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
        return offers.get(area.id(), id -> queries.of(id, facts(area).localityNames()));
    }

    public Offer offer(Area area, long id) {
        return offers(area).stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no offer " + id + " in " + area.name() + "."));
    }

    /** Records a new offer or updates the partner's offer of the same name. */
    @Transactional
    public Offer save(Area area, OfferDetails offer, String by) {
        AreaFacts facts = facts(area);
        List<RowError> errors = new ArrayList<>();
        OfferRules.check(offer, 0, facts, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The offer was not saved.", errors);
        }
        OfferStore.Saved saved = store.save(area.id(), List.of(offer), facts, by, clock.instant());
        changed();
        long id = saved.ids().getFirst();
        audit.record(area.id(), "OFFER_SAVED", "offer", String.valueOf(id), offer.partner() + ": " + offer.name());
        return offer(area, id);
    }

    /** Checks every row of an audit and stores all of them, or none with every error listed. */
    @Transactional
    public ImportResult importAudit(Area area, List<AuditRow> rows, String by) {
        AreaFacts facts = facts(area);
        List<RowError> errors = new ArrayList<>();
        List<OfferDetails> checked = new ArrayList<>();
        Map<String, Long> firstRow = new HashMap<>();
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
            checked.add(offer);
        }
        if (checked.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, AuditColumns.PARTNER, "The spreadsheet has a header row but no offers."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The audit was not imported: " + errors.size() + " error(s). Nothing was stored.", errors);
        }
        OfferStore.Saved saved = store.save(area.id(), checked, facts, by, clock.instant());
        changed();
        audit.record(area.id(), "PROVISION_AUDIT_IMPORTED", "offer", null, saved.created() + " created, " + saved.updated() + " updated");
        return new ImportResult(saved.created(), saved.updated());
    }

    /** Changes with every save on this node, so that maps drawn from older offers are not reused. */
    long version() {
        return version.get();
    }

    private void changed() {
        offers.clear();
        version.incrementAndGet();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            version.incrementAndGet();
                        }
                    });
        }
    }

    /** The offer as it was after each change, newest first. */
    public List<Change> history(Area area, long id) {
        offer(area, id);
        return db.sql("select changed_by, changed_at, snapshot::text as snapshot from offer_change where offer_id = ? and area_id = ? order by changed_at desc, id desc")
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
