package org.strands.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds areas. Which codes an area covers is decided by the place module. */
@Service
public class AreaRegistry {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final JdbcClient db;
    private final AuditTrail audit;
    private final ShortLivedCache<String, Optional<Area>> bySlug = new ShortLivedCache<>(java.time.Duration.ofSeconds(5), 1000);

    AreaRegistry(JdbcClient db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    @Transactional
    public Area create(String slug, String name, List<String> authorityCodes, List<String> districtCodes) {
        List<RowError> errors = new ArrayList<>();
        if (slug == null || slug.length() > TextLimits.NAME || !SLUG.matcher(slug).matches()) {
            errors.add(new RowError(0, "slug", "Enter a slug of lower-case letters and digits, with single hyphens between words, such as \"north-kent\"."));
        } else if (find(slug).isPresent()) {
            errors.add(new RowError(0, "slug", "An area with the slug \"" + slug + "\" already exists."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new RowError(0, "name", "Enter the area's name."));
        } else if (name.strip().length() > TextLimits.NAME) {
            errors.add(new RowError(0, "name", "The area's name must be " + TextLimits.NAME + " characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The area was not created.", errors);
        }
        long id = db.sql("insert into area (slug, name) values (?, ?) returning id").params(slug, name.strip())
                .query(Long.class).single();
        for (String code : authorityCodes) {
            db.sql("insert into area_authority (area_id, code) values (?, ?) on conflict do nothing").params(id, code).update();
        }
        for (String code : districtCodes) {
            db.sql("insert into area_district (area_id, code) values (?, ?) on conflict do nothing").params(id, code).update();
        }
        audit.record(id, "AREA_CREATED", "area", slug, String.join(",", authorityCodes));
        bySlug.clear();
        return byId(id).orElseThrow();
    }

    public Optional<Area> find(String slug) {
        return bySlug.get(slug, this::load);
    }

    private Optional<Area> load(String slug) {
        return db.sql("select id from area where slug = ?").param(slug).query(Long.class).optional().flatMap(this::byId);
    }

    public Optional<Area> byId(long id) {
        record Row(long id, String slug, String name) {
        }
        return db.sql("select id, slug, name from area where id = ?").param(id).query(Row.class).optional()
                .map(r -> new Area(r.id(), r.slug(), r.name(), codes("area_authority", id), codes("area_district", id)));
    }

    /** Every area, by name: for the system administrator. */
    public List<Area> all() {
        return db.sql("select id from area order by name").query(Long.class).list().stream()
                .map(id -> byId(id).orElseThrow()).toList();
    }

    /** The areas a person belongs to, by name, with their roles in each. */
    public Map<Area, List<Role>> membershipsOf(String username) {
        record Row(long areaId, String role) {
        }
        List<Row> rows = db.sql("""
                select m.area_id, m.role from membership m join person p on p.id = m.person_id
                join area a on a.id = m.area_id where p.username = ? order by a.name, m.role""")
                .param(username).query(Row.class).list();
        Map<Long, List<Role>> roles = new LinkedHashMap<>();
        rows.forEach(r -> roles.computeIfAbsent(r.areaId(), k -> new ArrayList<>()).add(Role.valueOf(r.role())));
        Map<Area, List<Role>> result = new LinkedHashMap<>();
        roles.forEach((areaId, list) -> result.put(byId(areaId).orElseThrow(), list));
        return result;
    }

    private List<String> codes(String table, long areaId) {
        return db.sql("select code from " + table + " where area_id = ? order by code").param(areaId)
                .query(String.class).list();
    }
}
