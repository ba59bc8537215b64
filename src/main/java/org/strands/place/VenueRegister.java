package org.strands.place;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;
import org.strands.platform.Uploads;

/**
 * Venues that are not schools, added by hand or from a CSV file. A venue is identified by its name within
 * the area, so a re-import updates instead of duplicating. A file is stored whole or not at all. A venue given a
 * postcode but no latitude and longitude is placed at its postcode, when the postcode is in the loaded directory.
 */
@Service
public class VenueRegister {

    public record ImportResult(int created, int updated) implements java.io.Serializable {
    }

    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$");

    private final Venues venues;
    private final JdbcClient db;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Uploads uploads;
    private final Postcodes postcodes;

    VenueRegister(Venues venues, JdbcClient db, AuditTrail audit, Clock clock, ApplicationEventPublisher events, Uploads uploads,
            Postcodes postcodes) {
        this.postcodes = postcodes;
        this.uploads = uploads;
        this.events = events;
        this.venues = venues;
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a venue, or updates the one with the same name. Returns its setting ref ({@code v} and id). */
    @Transactional
    public String save(Area area, VenueDetails details, String by) {
        List<RowError> errors = new ArrayList<>();
        Optional<VenueRow> row = check(area, details, 0, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The venue was not saved.", errors);
        }
        VenueRow saved = venues.save(row.orElseThrow());
        events.publishEvent(new VenuesChanged(area.id()));
        audit.record(area.id(), "VENUE_SAVED", "venue", String.valueOf(saved.id()), saved.name());
        return "v" + saved.id();
    }

    @Transactional
    public ImportResult importCsv(Area area, InputStream file, String by) {
        List<VenueCsv.Line> lines = VenueCsv.read(file, uploads);
        List<RowError> errors = new ArrayList<>();
        List<VenueRow> rows = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (VenueCsv.Line line : lines) {
            if (line.details().name() != null && !names.add(line.details().name().strip().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new RowError(line.row(), "name", "\"" + line.details().name().strip() + "\" appears more than once in the file."));
            }
            check(area, line.details(), line.row(), errors).ifPresent(rows::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(org.strands.platform.Copy.of("input.venuesRejected", errors.size()), errors);
        }
        int created = (int) rows.stream().filter(r -> r.id() == null).count();
        venues.saveAll(rows);
        events.publishEvent(new VenuesChanged(area.id()));
        audit.record(area.id(), "VENUES_IMPORTED", "venue", null, created + " created, " + (rows.size() - created) + " updated");
        return new ImportResult(created, rows.size() - created);
    }

    private Optional<VenueRow> check(Area area, VenueDetails d, long row, List<RowError> errors) {
        int before = errors.size();
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new RowError(row, "name", "Enter the venue's name."));
        } else if (d.name().strip().length() > TextLimits.NAME) {
            errors.add(new RowError(row, "name", "The name is longer than 200 characters."));
        }
        if (d.address() != null && d.address().strip().length() > TextLimits.DESCRIPTION) {
            errors.add(new RowError(row, "address", "The address is longer than 5,000 characters."));
        }
        Optional<VenueKind> kind = VenueKind.parse(d.kind());
        if (kind.isEmpty()) {
            errors.add(new RowError(row, "kind", "\"" + (d.kind() == null ? "" : d.kind()) + "\" is not a kind of venue: use family hub, children's centre, library, clinic, nursery or other."));
        }
        String postcode = VenueRow.postcode(d.postcode());
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            errors.add(new RowError(row, "postcode", "\"" + d.postcode() + "\" is not a UK postcode such as SK1 3XE."));
        }
        String lsoa = VenueRow.blankToNull(d.lsoa());
        if (lsoa != null && !inArea(area, lsoa)) {
            errors.add(new RowError(row, "lsoa", lsoa + " is not a small area of " + area.name() + "."));
        }
        if ((d.latitude() == null) != (d.longitude() == null)) {
            errors.add(new RowError(row, d.latitude() == null ? "latitude" : "longitude", "Enter both latitude and longitude, or neither."));
        }
        if (d.latitude() != null && !(d.latitude() >= 49 && d.latitude() <= 61)) {
            errors.add(new RowError(row, "latitude", d.latitude() + " is not a latitude in the UK (49 to 61)."));
        }
        if (d.longitude() != null && !(d.longitude() >= -9 && d.longitude() <= 2)) {
            errors.add(new RowError(row, "longitude", d.longitude() + " is not a longitude in the UK (-9 to 2)."));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        VenueRow base = venues.findByAreaIdAndName(area.id(), d.name().strip())
                .orElse(new VenueRow(null, area.id(), d.name().strip(), null, null, null, null, null, null,
                        AuditTrail.currentActor(), clock.instant()));
        return Optional.of(base.withDetails(kind.get(), located(d, postcode), lsoa));
    }

    /** The details with the latitude and longitude of their postcode, when none were given and the postcode is known. */
    private VenueDetails located(VenueDetails d, String postcode) {
        if (postcode == null || d.latitude() != null || d.longitude() != null) {
            return d;
        }
        try {
            return postcodes.locate(postcode).map(at -> new VenueDetails(d.name(), d.kind(), d.address(), d.postcode(), d.lsoa(),
                    at.latitude(), at.longitude())).orElse(d);
        } catch (org.strands.platform.BadValue e) {
            return d; // checked above; a postcode the register accepts but the directory's rules do not keeps no location
        }
    }

    private boolean inArea(Area area, String lsoa) {
        return db.sql("select exists (select 1 from ref_small_area where code = ? and lad_code = any(string_to_array(?, ',')))")
                .params(lsoa, String.join(",", area.districtCodes())).query(Boolean.class).single();
    }

}
