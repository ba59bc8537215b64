package org.strands.provision;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who may change provision: offers, imports, thresholds, the specification and the action plan. */
@Component
public class ProvisionPermissions implements DeclaredPermissions {

    public static final String EDIT = "provision.edit";

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.inArea(EDIT, "change provision", Role.COMMISSIONER, Role.SERVICE_LEAD, Role.ADMIN));
    }
}
