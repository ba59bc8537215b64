package org.strands.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/** The area's link therapists: who they are, where they are based and how many link hours they have. */
@Service
public class LinkTeam {

    static final double MAX_LINK_HOURS = 2000;

    private final JdbcClient db;
    private final AreaPlaces places;
    private final AuditTrail audit;

    LinkTeam(JdbcClient db, AreaPlaces places, AuditTrail audit) {
        this.db = db;
        this.places = places;
        this.audit = audit;
    }

    public List<Therapist> of(Area area) {
        return db.sql("select id, name, base_name, base_latitude as latitude, base_longitude as longitude, link_hours from link_therapist where area_id = ? order by name, id")
                .param(area.id()).query(Therapist.class).list();
    }

    public Therapist one(Area area, long id) {
        return of(area).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no link therapist " + id + " in " + area.name() + "."));
    }

    /** Adds one therapist; every problem with the input is named and nothing is stored. */
    @Transactional
    public Therapist add(Area area, TherapistInput input, String by) {
        Set<String> names = new HashSet<>(of(area).stream().map(t -> t.name().toLowerCase(Locale.UK)).toList());
        Therapist t = checked(area, List.of(input), names).getFirst();
        long id = insert(area, t);
        audit.recordAs(by, area.id(), "LINK_THERAPIST_ADDED", "link-therapist", String.valueOf(id), t.name());
        return one(area, id);
    }

    /**
     * Replaces the team: therapists are matched by name, so those who stay keep their links; those left out are
     * removed with their links. All or nothing.
     */
    @Transactional
    public List<Therapist> replace(Area area, List<TherapistInput> inputs, String by) {
        List<Therapist> team = checked(area, inputs, new HashSet<>());
        List<String> names = team.stream().map(Therapist::name).toList();
        db.sql("delete from link_therapist where area_id = :area and not (lower(name) = any(:names))")
                .param("area", area.id()).param("names", names.stream().map(n -> n.toLowerCase(Locale.UK)).toArray(String[]::new)).update();
        for (Therapist t : team) {
            int updated = db.sql("""
                    update link_therapist set base_name = ?, base_latitude = ?, base_longitude = ?, link_hours = ?
                    where area_id = ? and lower(name) = lower(?)""")
                    .params(t.baseName(), t.latitude(), t.longitude(), t.linkHours(), area.id(), t.name()).update();
            if (updated == 0) {
                insert(area, t);
            }
        }
        audit.recordAs(by, area.id(), "LINK_TEAM_REPLACED", "area", area.slug(), team.size() + " therapists");
        return of(area);
    }

    @Transactional
    public void remove(Area area, long id) {
        Therapist gone = one(area, id);
        db.sql("delete from link_therapist where area_id = ? and id = ?").params(area.id(), id).update();
        audit.record(area.id(), "LINK_THERAPIST_REMOVED", "link-therapist", String.valueOf(id), gone.name());
    }

    private long insert(Area area, Therapist t) {
        return db.sql("""
                insert into link_therapist (area_id, name, base_name, base_latitude, base_longitude, link_hours)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(area.id(), t.name(), t.baseName(), t.latitude(), t.longitude(), t.linkHours()).query(Long.class).single();
    }

    /** Row numbers count therapists from 1, in the order given. */
    private List<Therapist> checked(Area area, List<TherapistInput> inputs, Set<String> taken) {
        List<RowError> errors = new ArrayList<>();
        List<Therapist> team = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            TherapistInput in = inputs.get(i);
            int row = i + 1;
            String name = in.name() == null ? "" : in.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                errors.add(new RowError(row, "name", "Enter the therapist's name (up to 200 characters)."));
            } else if (!taken.add(name.toLowerCase(Locale.UK))) {
                errors.add(new RowError(row, "name", "There is already a link therapist called " + name + "."));
            }
            if (in.linkHours() == null || !(in.linkHours() >= 0 && in.linkHours() <= MAX_LINK_HOURS)) {
                errors.add(new RowError(row, "linkHours", "Enter link hours for the year, from 0 to " + (int) MAX_LINK_HOURS + "."));
            }
            Optional<Therapist> based = base(area, in, name, errors, row);
            based.filter(t -> errors.isEmpty()).ifPresent(team::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The link therapists were not saved.", errors);
        }
        return team;
    }

    private Optional<Therapist> base(Area area, TherapistInput in, String name, List<RowError> errors, int row) {
        double hours = in.linkHours() == null ? 0 : Math.round(in.linkHours() * 10) / 10.0;
        if (in.base() != null && !in.base().isBlank()) {
            Optional<Setting> place = places.settings(area, AreaPlaces.SettingFilter.NONE).stream()
                    .filter(s -> s.ref().equalsIgnoreCase(in.base().strip())).findFirst();
            if (place.isEmpty() || place.get().latitude() == null) {
                errors.add(new RowError(row, "base", place.isEmpty()
                        ? "There is no school, setting or venue " + in.base().strip() + " in " + area.name() + " to use as a base."
                        : place.get().name() + " has no location, so it cannot be a base. Choose another, or give a latitude and longitude."));
                return Optional.empty();
            }
            return Optional.of(new Therapist(0, name, place.get().name(), place.get().latitude(), place.get().longitude(), hours));
        }
        if (in.latitude() != null && in.longitude() != null && Math.abs(in.latitude()) <= 90 && Math.abs(in.longitude()) <= 180) {
            String baseName = in.baseName() == null || in.baseName().isBlank() ? "Own base" : in.baseName().strip();
            if (baseName.length() > TextLimits.NAME) {
                errors.add(new RowError(row, "baseName", "The base's name must be " + TextLimits.NAME + " characters or fewer."));
                return Optional.empty();
            }
            return Optional.of(new Therapist(0, name, baseName, in.latitude(), in.longitude(), hours));
        }
        errors.add(new RowError(row, "base", "Give " + (name.isEmpty() ? "each therapist" : name)
                + " a base: a school, setting or venue of the area, or a latitude and longitude."));
        return Optional.empty();
    }
}
