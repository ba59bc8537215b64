package org.strands.linking;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who may place link therapists: change the team, run the placement and choose links by hand. */
@Component
public class LinkingPermissions implements DeclaredPermissions {

    public static final String PLACE = "linking.place";

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.inArea(PLACE, "place link therapists", Role.SERVICE_LEAD, Role.ADMIN));
    }
}
