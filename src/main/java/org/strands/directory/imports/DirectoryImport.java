package org.strands.directory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.directory.DirectoryChanged;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Copy;
import org.strands.platform.Formats;
import tools.jackson.databind.JsonNode;

/**
 * Brings another directory's services into an area's directory, from an Open Referral UK file or feed: each a service
 * entry from the import, found again by the feed's id, so that importing the same feed twice updates and never
 * duplicates. All or nothing: when any service cannot be stored, nothing is, and the refusal names each such service,
 * field and reason. New entries have no owner and a review date six months on, so that someone takes them on.
 */
@Service
public class DirectoryImport {

    /** How long after an entry is brought in that it should first be reviewed. */
    static final int FIRST_REVIEW_MONTHS = 6;

    private final ImportSettings settings;
    private final ServiceMapping mapping;
    private final ImportedEntries entries;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryImport(ImportSettings settings, ServiceMapping mapping, ImportedEntries entries, TransactionTemplate transaction, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.mapping = mapping;
        this.entries = entries;
        this.transaction = transaction;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The largest file read, in megabytes. */
    public long maxFileMegabytes() {
        return settings.maxFileSize().toMegabytes();
    }

    /** The services of an uploaded file (a page of services, one service, or a list of them). */
    public ImportReport fromFile(Area area, String filename, InputStream in, String by) throws IOException {
        long most = settings.maxFileSize().toBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most + 1));
        if (bytes.length > most) {
            throw new ImportRefused(Copy.of("directory.import.tooLarge", settings.maxFileSize().toMegabytes()));
        }
        List<JsonNode> services = OrukJson.read(bytes, null).services();
        return store(area, filename == null || filename.isBlank() ? Copy.of("directory.import.aFile") : FeedText.cut(FeedText.clean(filename), 200),
                services, by);
    }

    /** The services of the feed at a base address, page by page. */
    public ImportReport fromFeed(Area area, String address, String by) {
        List<JsonNode> services = new FeedFetcher(settings).services(address);
        return store(area, FeedFetcher.base(address).toString(), services, by);
    }

    private ImportReport store(Area area, String source, List<JsonNode> services, String by) {
        if (services.size() > settings.maxServices()) {
            throw new ImportRefused(Copy.of("directory.import.tooManyServices", settings.maxServices()));
        }
        List<ImportRefused.Problem> problems = new ArrayList<>();
        List<ImportedService> mapped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        for (JsonNode service : services) {
            ImportedService one = mapping.map(++index, service, problems);
            if (one != null) {
                Integer first = seen.putIfAbsent(one.ref(), one.index());
                if (first != null) {
                    one.notes().addFirst(Copy.of("directory.import.note.again", first));
                    one = new ImportedService(one.index(), one.ref(), one.name(), one.summary(), one.whoFor(), one.cost(), one.url(), one.email(),
                            one.phone(), one.organisation(), one.ageFrom(), one.ageTo(), one.outcomes(), one.openAccess(), one.places(), false,
                            one.notes(), one.unmapped());
                }
                mapped.add(one);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(Copy.of("directory.import.refused", problems.stream().map(ImportRefused.Problem::index).distinct().count(),
                    services.size()), problems);
        }
        LocalDate review = LocalDate.now(clock.withZone(Formats.LONDON)).plusMonths(FIRST_REVIEW_MONTHS);
        return transaction.execute(t -> {
            List<ImportReport.Line> lines = new ArrayList<>();
            Map<String, Integer> notMapped = new TreeMap<>();
            int added = 0;
            int updated = 0;
            for (ImportedService service : mapped) {
                if (!service.broughtIn()) {
                    lines.add(new ImportReport.Line(service.index(), service.ref(), service.name(), "NOT_BROUGHT_IN", service.notes()));
                    continue;
                }
                boolean isNew = write(area, service, review, by, mapped.size());
                added += isNew ? 1 : 0;
                updated += isNew ? 0 : 1;
                service.unmapped().forEach(f -> notMapped.merge(f, 1, Integer::sum));
                lines.add(new ImportReport.Line(service.index(), service.ref(), service.name(), isNew ? "ADDED" : "UPDATED", service.notes()));
            }
            int notBroughtIn = mapped.size() - added - updated;
            audit.record(area.id(), "IMPORT", "directory", FeedText.cut(source, 200),
                    Copy.of("directory.import.audit", added, updated, notBroughtIn));
            events.publishEvent(new DirectoryChanged(area.id()));
            return new ImportReport(source, added, updated, notBroughtIn, lines,
                    notMapped.entrySet().stream().map(e -> new ImportReport.NotMapped(e.getKey(), e.getValue())).toList());
        });
    }

    /** Writes one service; a rule of the database it breaks after all refuses the whole import, naming the service. */
    private boolean write(Area area, ImportedService service, LocalDate review, String by, int total) {
        try {
            return entries.write(area, service, review, by);
        } catch (DataAccessException e) {
            String rule = e.getMostSpecificCause().getMessage();
            String field = rule != null && rule.contains("directory_location") ? "service_at_locations" : "?";
            for (String column : List.of("name", "summary", "who_for", "cost", "url", "email", "phone", "organisation", "source_ref", "age_from",
                    "age_to", "address", "postcode")) {
                if (rule != null && rule.contains("_" + column + "_")) {
                    field = column;
                }
            }
            throw new ImportRefused(Copy.of("directory.import.refused", 1, total), List.of(new ImportRefused.Problem(service.index(),
                    service.ref(), service.name(), field, Copy.of("directory.import.problem.database"))));
        }
    }

    static UUID idOf(Area area, String ref) {
        return UUID.nameUUIDFromBytes(("strands/directory/import/" + area.id() + "/" + ref).getBytes(StandardCharsets.UTF_8));
    }
}
