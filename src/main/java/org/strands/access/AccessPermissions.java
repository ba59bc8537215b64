package org.strands.access;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/**
 * Who may run easy access. Families' names and contact details are seen only by those who record contacts; the
 * reports of waits and clocks hold no family's details.
 */
@Component
public class AccessPermissions implements DeclaredPermissions {

    /** Schedule, move and cancel drop-in sessions. */
    public static final String SCHEDULE = "access.schedule";
    /** Run a session's register, record contacts, requests, appointments and statutory clocks; see families' details. */
    public static final String RECORD = "access.record";
    /** See waiting times, the waiting list in bands and the statutory clocks, without any family's details. */
    public static final String REPORT = "access.report";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(SCHEDULE, "schedule easy-access sessions", Role.SERVICE_LEAD, Role.ADMIN),
                Permission.inArea(RECORD, "record contacts and requests for support", Role.PRACTITIONER, Role.SERVICE_LEAD,
                        Role.ADMIN),
                Permission.inArea(REPORT, "see waiting times and statutory clocks", Role.COMMISSIONER, Role.SERVICE_LEAD,
                        Role.PRACTITIONER, Role.ADMIN));
    }
}
