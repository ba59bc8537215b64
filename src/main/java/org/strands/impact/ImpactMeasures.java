package org.strands.impact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.framework.OutcomeCode;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Copy;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.RowError;

/** The measures an area has chosen for each outcome cell; a removed one is kept in history and the audit log. */
@Service
public class ImpactMeasures {

    /** The longest a measure may be. */
    public static final int LONGEST = 200;

    public record Measure(long id, String outcomeCode, String measure, String chosenBy, OffsetDateTime chosenAt) {
    }

    private final JdbcClient db;
    private final AuditTrail audit;
    private final Clock clock;

    ImpactMeasures(JdbcClient db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** The measures in use, cell by cell in the order they were chosen. */
    public List<Measure> chosen(Area area) {
        return db.sql("select id, outcome_code, measure, chosen_by, chosen_at from impact_measure where area_id = ? and removed_at is null "
                + "order by outcome_code, chosen_at, id").param(area.id()).query(Measure.class).list();
    }

    public Measure one(Area area, long id) {
        return db.sql("select id, outcome_code, measure, chosen_by, chosen_at from impact_measure where area_id = ? and id = ? and removed_at is null")
                .params(area.id(), id).query(Measure.class).optional().orElseThrow(() -> new NotFound("There is no such measure."));
    }

    /** Adds a measure for a cell; refused naming the field when the cell is not one of the fifteen or the measure is empty or too long. */
    @Transactional
    public Measure choose(Area area, String outcomeCode, String measure, String by) {
        List<RowError> errors = new ArrayList<>();
        OutcomeCode code = OutcomeCode.parse(outcomeCode).orElse(null);
        if (code == null) {
            errors.add(new RowError(0, "outcome", Copy.of("impact.measures.errorOutcome")));
        }
        String text = measure == null ? "" : measure.strip();
        if (text.isEmpty()) {
            errors.add(new RowError(0, "measure", Copy.of("impact.measures.errorMeasure")));
        } else if (text.length() > LONGEST) {
            errors.add(new RowError(0, "measure", Copy.of("impact.measures.errorLong")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.getFirst().message(), errors);
        }
        long id = db.sql("insert into impact_measure (area_id, outcome_code, measure, chosen_by, chosen_at) values (?, ?, ?, ?, ?) returning id")
                .params(area.id(), code.code(), text, by, Timestamp.from(clock.instant())).query(Long.class).single();
        audit.record(area.id(), "IMPACT_MEASURE_CHOSEN", "impact_measure", String.valueOf(id), code.code() + ": " + text);
        return one(area, id);
    }

    @Transactional
    public void remove(Area area, long id, String by) {
        Measure m = one(area, id);
        db.sql("update impact_measure set removed_by = ?, removed_at = ? where area_id = ? and id = ? and removed_at is null")
                .params(by, Timestamp.from(clock.instant()), area.id(), id).update();
        audit.record(area.id(), "IMPACT_MEASURE_REMOVED", "impact_measure", String.valueOf(id), m.outcomeCode() + ": " + m.measure());
    }
}
