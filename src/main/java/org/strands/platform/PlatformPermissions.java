package org.strands.platform;

import java.util.List;
import org.springframework.stereotype.Component;

/** The platform's permissions: reading an area, which every member may, and managing its people. */
@Component
public class PlatformPermissions implements DeclaredPermissions {

    public static final String READ_AREA = "area.read";
    public static final String MANAGE_PEOPLE = "people.manage";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(READ_AREA, "see this area", Role.values()),
                Permission.inArea(MANAGE_PEOPLE, "manage the people of this area", Role.ADMIN));
    }
}
