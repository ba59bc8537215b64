package org.strands.platform;

import java.util.Optional;
import java.util.Set;

/**
 * Where a member of an area starts when they sign in, for roles whose work is in one place (a school's staff start at
 * their school). A module that gives a role its own start page answers; platform depends on none of them.
 */
public interface LandingPage {

    /** The path to start at, for a member of the area with these roles, if this module has one for them. */
    Optional<String> pathFor(Area area, Set<Role> roles);
}
