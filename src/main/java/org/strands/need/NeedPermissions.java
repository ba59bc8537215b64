package org.strands.need;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who may change the area's need model. */
@Component
public class NeedPermissions implements DeclaredPermissions {

    public static final String EDIT_MODEL = "need.model";

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.inArea(EDIT_MODEL, "change the need model", Role.SERVICE_LEAD, Role.COMMISSIONER, Role.ADMIN));
    }
}
