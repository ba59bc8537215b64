package org.strands.platform;

import java.util.Set;

/**
 * A capability, such as changing provision, and the roles of an area that hold it. A system administrator
 * holds every permission; a permission held by no role is for the system administrator alone.
 *
 * @param key what handlers and templates name it by, {@code module.capability} (for example {@code provision.edit})
 * @param description what it lets a person do, in words that complete "You need permission to …"
 * @param roles the roles of an area that hold it
 */
public record Permission(String key, String description, Set<Role> roles) {

    public Permission {
        if (key == null || !key.matches("[a-z]+(\\.[a-z-]+)+")) {
            throw new IllegalArgumentException("A permission key is module.capability in lower case, not " + key);
        }
        roles = Set.copyOf(roles);
    }

    /** A permission that the given roles of an area hold. */
    public static Permission inArea(String key, String description, Role... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException(key + ": name the roles that hold it, or make it systemWide");
        }
        return new Permission(key, description, Set.of(roles));
    }

    /** A permission for the system administrator alone, outside any area. */
    public static Permission systemWide(String key, String description) {
        return new Permission(key, description, Set.of());
    }

    /** Whether it is held through the roles of an area (otherwise only the system administrator holds it). */
    public boolean inArea() {
        return !roles.isEmpty();
    }

    public boolean heldByAnyOf(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
