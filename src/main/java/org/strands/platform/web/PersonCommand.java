package org.strands.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strands.platform.Role;

/** The add-a-person form as entered; the password is never shown again. */
record PersonCommand(String username, String displayName, String password, List<String> roles, String email) {

    PersonCommand {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static PersonCommand empty() {
        return new PersonCommand(null, null, null, null, null);
    }

    /** The roles ticked; values that are not roles are ignored (no form offers them). */
    static Set<Role> roles(List<String> names) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names != null && names.contains(role.name())) {
                chosen.add(role);
            }
        }
        return chosen;
    }
}
