package org.strands.journey;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/**
 * Who may see and record children's journeys. A practitioner sees the children on their caseload and in the settings
 * they are link therapist for; a service lead sees every child of the area. Commissioners see no child: only the
 * impact reports' aggregates.
 */
@Component
public class JourneyPermissions implements DeclaredPermissions {

    /** Record children, their plans, goals, reviews, ratings, family answers and discharge; see their records. */
    public static final String RECORD = "journey.record";
    /** Load an area's rating descriptors and questionnaires. */
    public static final String CONFIGURE = "journey.configure";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(RECORD, "record and see children's support journeys", Role.PRACTITIONER, Role.SERVICE_LEAD),
                Permission.inArea(CONFIGURE, "load rating descriptors and questionnaires", Role.SERVICE_LEAD, Role.ADMIN));
    }
}
