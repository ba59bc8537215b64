package org.strands.platform;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every module's declared permissions in one table: which role may do what. */
@Component
public class PermissionTable {

    private final Map<String, Permission> byKey = new LinkedHashMap<>();

    public PermissionTable(List<DeclaredPermissions> declarations) {
        declarations.stream().flatMap(d -> d.permissions().stream()).sorted(Comparator.comparing(Permission::key))
                .forEach(p -> {
                    if (byKey.putIfAbsent(p.key(), p) != null) {
                        throw new IllegalStateException("The permission " + p.key() + " is declared twice");
                    }
                });
    }

    public Optional<Permission> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Permission get(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException("No module declares the permission " + key));
    }

    public List<Permission> all() {
        return List.copyOf(byKey.values());
    }

    /** The keys of the permissions that these roles of an area hold together. */
    public Set<String> heldBy(Set<Role> roles) {
        return byKey.values().stream().filter(p -> p.heldByAnyOf(roles)).map(Permission::key).collect(Collectors.toUnmodifiableSet());
    }
}
