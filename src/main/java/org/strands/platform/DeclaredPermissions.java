package org.strands.platform;

import java.util.List;

/**
 * A module's permissions, declared in one place: each module has one {@code @Component} implementing this
 * (for example {@code provision.ProvisionPermissions}) with a {@code String} constant per key for
 * {@link Requires}. The {@link PermissionTable} collects them all.
 */
public interface DeclaredPermissions {

    List<Permission> permissions();
}
