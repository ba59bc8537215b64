package org.strands.platform;

import java.util.Set;

/**
 * The area a request is about, with what the signed-in person may do there. Controllers take it as a
 * parameter; resolving it already proved that the person belongs to the area (or answered 404), and the
 * handler's {@link Requires} permission was checked before it ran. Templates ask
 * {@code ${areaContext.may('provision.edit')}} to show what the person may do.
 *
 * @param permissions the keys of the permissions the person holds in the area through their roles
 */
public record AreaContext(Area area, String username, Set<Role> roles, boolean systemAdmin, Set<String> permissions) {

    public AreaContext {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public long areaId() {
        return area.id();
    }

    /** Whether the person is a practitioner here, who has work of their own (settings, sessions). */
    public boolean practitioner() {
        return roles.contains(Role.PRACTITIONER);
    }

    /** Whether the person works in one of the area's schools or settings, who has a school of their own to start at. */
    public boolean settingStaff() {
        return roles.contains(Role.SETTING_STAFF);
    }

    /** Whether the person mentors settings in the area's schools and settings scheme. */
    public boolean mentor() {
        return roles.contains(Role.MENTOR);
    }

    /** Whether the person holds the permission here (a system administrator holds all). */
    public boolean may(String permission) {
        return systemAdmin || permissions.contains(permission);
    }
}
