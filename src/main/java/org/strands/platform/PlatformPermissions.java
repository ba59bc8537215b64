package org.strands.platform;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The platform's permissions: reading an area, which every member may, managing its people, following national jobs
 * and moving the demo's clock.
 */
@Component
public class PlatformPermissions implements DeclaredPermissions {

    public static final String READ_AREA = "area.read";
    public static final String MANAGE_PEOPLE = "people.manage";
    public static final String FOLLOW_NATIONAL_JOBS = "jobs.national";
    /** Moving the demo's clock forward ({@link DemoTime}); there is no such thing outside the demo. */
    public static final String MOVE_CLOCK = "clock.move";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(READ_AREA, "see what is recorded", Role.values()),
                Permission.inArea(MANAGE_PEOPLE, "manage people", Role.ADMIN),
                Permission.systemWide(FOLLOW_NATIONAL_JOBS, "follow work on national data"),
                Permission.systemWide(MOVE_CLOCK, "move the demo's clock forward"));
    }
}
