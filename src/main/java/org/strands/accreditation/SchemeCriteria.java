package org.strands.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.NotFound;
import org.strands.platform.Uploads;

/**
 * The scheme's criteria, versioned per area. An area starts on Strands' own criteria (version 1, in our words, from
 * {@code accreditation/criteria.csv}); loading its own set makes a new version, which settings that join from then on
 * are judged on. A setting keeps the version it started with.
 */
@Service
public class SchemeCriteria {

    static final String BUILT_IN = "accreditation/criteria.csv";
    static final String BUILT_IN_NAME = "Strands criteria for schools and settings";

    private final JdbcClient db;
    private final Uploads uploads;
    private final AuditTrail audit;

    SchemeCriteria(JdbcClient db, Uploads uploads, AuditTrail audit) {
        this.db = db;
        this.uploads = uploads;
        this.audit = audit;
    }

    /** The version settings joining now are judged on: the area's newest, Strands' own until it loads one. */
    @Transactional
    public CriteriaSet current(Area area) {
        db.sql("select pg_advisory_xact_lock(hashtext('accreditation_criteria'), :area::int)").param("area", (int) area.id()).query().listOfRows();
        return sets(area).stream().findFirst().orElseGet(() -> {
            try (InputStream in = new ClassPathResource(BUILT_IN).getInputStream()) {
                return store(area, BUILT_IN_NAME, CriteriaFile.read(in), "Strands");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every version the area has, newest first. */
    public List<CriteriaSet> sets(Area area) {
        return db.sql("""
                select s.id, s.version, s.name, s.loaded_by, s.loaded_at, (select count(distinct code) from accreditation_criterion c where c.set_id = s.id) as criteria
                from accreditation_criteria_set s where s.area_id = :area order by s.version desc""")
                .param("area", area.id()).query(CriteriaSet.class).list();
    }

    /** Loads the area's own criteria from a CSV as a new version; every fault is named and nothing is stored. */
    @Transactional
    public CriteriaSet load(Area area, String name, InputStream csv, String by) {
        current(area);
        if (name == null || name.isBlank() || name.strip().length() > 200 || org.strands.platform.TextLimits.hasNul(name)) {
            throw org.strands.platform.InvalidInput.of("name", "Give the criteria a name of 1 to 200 characters.");
        }
        CriteriaFile file = CriteriaFile.read(uploads.limited(csv));
        CriteriaSet set = store(area, name.strip(), file, by);
        audit.record(area.id(), "load", "accreditation-criteria", String.valueOf(set.id()), "version " + set.version());
        return set;
    }

    /** The criteria of a version as they apply to settings of a phase, in the order of the file. */
    public List<Criterion> criteria(Area area, long setId, Phase phase) {
        set(area, setId);
        return db.sql("""
                select code, strand, level, title, description from accreditation_criterion
                where set_id = :set and applies_to in ('ALL', :phase) order by position""")
                .param("set", setId).param("phase", phase.name())
                .query((rs, n) -> new Criterion(rs.getString("code"), Strand.valueOf(rs.getString("strand")),
                        Level.valueOf(rs.getString("level")), rs.getString("title"), rs.getString("description"))).list();
    }

    public CriteriaSet set(Area area, long setId) {
        return sets(area).stream().filter(s -> s.id() == setId).findFirst()
                .orElseThrow(() -> new NotFound("There is no such version of the criteria in " + area.name() + "."));
    }

    private CriteriaSet store(Area area, String name, CriteriaFile file, String by) {
        int version = db.sql("select coalesce(max(version), 0) + 1 from accreditation_criteria_set where area_id = :area")
                .param("area", area.id()).query(Integer.class).single();
        long id = db.sql("insert into accreditation_criteria_set (area_id, version, name, loaded_by) values (:area, :version, :name, :by) returning id")
                .param("area", area.id()).param("version", version).param("name", name).param("by", by).query(Long.class).single();
        int position = 0;
        for (CriteriaFile.Row row : file.rows()) {
            db.sql("""
                    insert into accreditation_criterion (set_id, code, applies_to, strand, level, position, title, description)
                    values (:set, :code, :applies, :strand, :level, :position, :title, :description)""")
                    .param("set", id).param("code", row.code()).param("applies", row.appliesTo().name())
                    .param("strand", row.strand().name()).param("level", row.level().name()).param("position", position++)
                    .param("title", row.title()).param("description", row.description()).update();
        }
        return set(area, id);
    }
}
