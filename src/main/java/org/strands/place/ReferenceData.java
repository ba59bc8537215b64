package org.strands.place;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.place.reference.ReferenceDataset;
import org.strands.place.reference.ReferenceLoader;
import org.strands.platform.AreaRegistry;
import org.strands.platform.AuditTrail;
import org.strands.platform.Copy;
import org.strands.platform.InvalidInput;

/** Loading the national reference files, and what has been loaded. */
@Service
public class ReferenceData {

    public record Dataset(String slug, String label, Integer rows, String fileName, String loadedBy, OffsetDateTime loadedAt) {
    }

    public record LoadReport(String dataset, int rows, long millis) {
    }

    private final ReferenceLoader loader;
    private final Localities localities;
    private final JdbcClient db;
    private final AuditTrail audit;
    private final AreaRegistry areas;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ReferenceData(ReferenceLoader loader, Localities localities, JdbcClient db, AuditTrail audit, AreaRegistry areas,
            ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.areas = areas;
        this.events = events;
        this.transaction = transaction;
        this.loader = loader;
        this.localities = localities;
        this.db = db;
        this.audit = audit;
    }

    /** Every dataset, with when it was last loaded (null fields if never). */
    public List<Dataset> datasets() {
        return Arrays.stream(ReferenceDataset.values()).map(d -> db.sql("""
                select ? as slug, ? as label, rows, file_name, loaded_by, loaded_at from (select 1) one
                left join ref_load on dataset = ?""").params(d.slug(), d.label(), d.slug()).query(Dataset.class).single())
                .toList();
    }

    /** The dataset a slug names, or {@link InvalidInput} naming the datasets there are. */
    static ReferenceDataset dataset(String slug) {
        return ReferenceDataset.bySlug(slug).orElseThrow(() -> InvalidInput.of("dataset", "\"" + slug + "\" is not a dataset. Use one of "
                + String.join(", ", Arrays.stream(ReferenceDataset.values()).map(ReferenceDataset::slug).toList()) + "."));
    }

    /**
     * Checks a file before it is queued: refused at once for a NUL character or too many rows, and {@link FarFewerRows}
     * when it has fewer than half the rows of the dataset loaded now, unless the person has said to replace it.
     */
    public void checkBeforeLoading(String slug, byte[] content, boolean replace) {
        ReferenceDataset dataset = dataset(slug);
        long offered = loader.rowsOf(dataset, content);
        Integer stored = db.sql("select rows from ref_load where dataset = ?").param(slug).query(Integer.class).optional().orElse(null);
        if (!replace && offered >= 0 && stored != null && offered * 2 < stored) {
            throw new FarFewerRows(Copy.of("reference.farFewerRows", dataset.label(), offered, stored), offered, stored);
        }
    }

    /** A file with far fewer rows than the dataset loaded now: loaded only when the person confirms it. */
    public static final class FarFewerRows extends RuntimeException {

        private final long offered;
        private final long stored;

        FarFewerRows(String message, long offered, long stored) {
            super(message);
            this.offered = offered;
            this.stored = stored;
        }

        public long offered() {
            return offered;
        }

        public long stored() {
            return stored;
        }
    }

    /** Loads one national file; an unknown dataset or a bad file is rejected and nothing is stored. */
    public LoadReport load(String slug, InputStream file, String fileName, String loadedBy) {
        ReferenceDataset dataset = dataset(slug);
        long start = System.nanoTime();
        int rows = loader.load(dataset, file, fileName, loadedBy);
        if (dataset == ReferenceDataset.LSOA_WARD_LAD) {
            areas.all().forEach(localities::addMissingWards);
        }
        // the loader commits its own transactions; the event goes out in one of its own, so that the registry
        // stores it for the modules that react after commit (@ApplicationModuleListener) and they run
        transaction.executeWithoutResult(status -> events.publishEvent(new ReferenceDataLoaded(slug, rows)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        audit.record(null, "REFERENCE_DATA_LOADED", "dataset", slug, rows + " rows from " + fileName);
        return new LoadReport(slug, rows, millis);
    }
}
