package org.strands.platform;

import java.util.Arrays;
import java.util.Set;

/**
 * The area a request is about, with what the signed-in person may do there. Controllers take it as a
 * parameter; resolving it already proved that the person belongs to the area (or answered 404).
 */
public record AreaContext(Area area, String username, Set<Role> roles, boolean systemAdmin) {

    public AreaContext {
        roles = Set.copyOf(roles);
    }

    public long areaId() {
        return area.id();
    }

    public boolean has(Role... anyOf) {
        return systemAdmin || Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Throws {@link Forbidden} unless the person holds one of the roles (a system administrator holds all). */
    public void require(Role... anyOf) {
        if (!has(anyOf)) {
            throw new Forbidden("This needs one of the roles " + Arrays.toString(anyOf) + " in " + area.name() + ".");
        }
    }
}
