package org.strands.provision;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/** An area's thresholds for the map: when a cell is thin, and the specialist share that warns of the vortex. */
@Service
public class ProvisionSettings {

    public record Values(int thinBelow, double specialistShareMax) {
    }

    static final Values DEFAULTS = new Values(2, 0.5);

    private final JdbcClient db;
    private final org.strands.platform.AuditTrail audit;

    ProvisionSettings(JdbcClient db, org.strands.platform.AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    public Values of(long areaId) {
        return db.sql("select thin_below, specialist_hours_share_max as specialist_share_max from provision_settings where area_id = ?")
                .param(areaId).query(Values.class).optional().orElse(DEFAULTS);
    }

    @org.springframework.transaction.annotation.Transactional
    public Values change(long areaId, Values values) {
        if (values.thinBelow() < 0 || values.thinBelow() > 1000) {
            throw new InvalidInput("The settings were not changed.", List.of(new RowError(0, "thinBelow", "Enter a whole number from 0 to 1000.")));
        }
        if (values.specialistShareMax() < 0 || values.specialistShareMax() > 1) {
            throw new InvalidInput("The settings were not changed.", List.of(new RowError(0, "specialistShareMax", "Enter a share from 0 to 1, such as 0.5.")));
        }
        db.sql("""
                insert into provision_settings (area_id, thin_below, specialist_hours_share_max) values (?, ?, ?)
                on conflict (area_id) do update set thin_below = excluded.thin_below,
                  specialist_hours_share_max = excluded.specialist_hours_share_max""")
                .params(areaId, values.thinBelow(), values.specialistShareMax()).update();
        audit.record(areaId, "PROVISION_THRESHOLDS_CHANGED", "area", null,
                "thin below " + values.thinBelow() + ", specialist share " + values.specialistShareMax());
        return of(areaId);
    }
}
