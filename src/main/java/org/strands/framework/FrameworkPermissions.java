package org.strands.framework;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who may load an area's own descriptor sets. */
@Component
public class FrameworkPermissions implements DeclaredPermissions {

    public static final String LOAD_DESCRIPTOR_SETS = "framework.descriptor-sets";

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.inArea(LOAD_DESCRIPTOR_SETS, "load descriptor sets", Role.ADMIN));
    }
}
