package org.strands.directory;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who curates the area's directory. Families and other systems read it without an account. */
@Component
public class DirectoryPermissions implements DeclaredPermissions {

    /** See every entry of the area's directory, write information entries, and add family wording, owners and review dates. */
    public static final String CURATE = "directory.curate";

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.inArea(CURATE, "curate the area's directory of local support", Role.COMMISSIONER, Role.SERVICE_LEAD,
                Role.ADMIN));
    }
}
