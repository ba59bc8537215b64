package org.strands.impact;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who may read the impact reports (aggregates only, small numbers protected) and choose what the area measures. */
@Component
public class ImpactPermissions implements DeclaredPermissions {

    /** Read the area's impact reports and download their exports. */
    public static final String REPORT = "impact.report";
    /** Choose the measures the area uses for each outcome. */
    public static final String CHOOSE_MEASURES = "impact.measures";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(REPORT, "read the impact reports", Role.COMMISSIONER, Role.SERVICE_LEAD, Role.PRACTITIONER,
                        Role.ADMIN),
                Permission.inArea(CHOOSE_MEASURES, "choose the measures the area uses", Role.COMMISSIONER, Role.SERVICE_LEAD,
                        Role.ADMIN));
    }
}
