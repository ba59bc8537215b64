package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaRegistry;
import org.strands.platform.NotFound;
import org.strands.platform.People;
import org.strands.platform.PermissionTable;
import org.strands.platform.Role;

/**
 * Resolves the {@link AreaContext} of a request from its {@code {area}} path variable, once per request. A
 * person who does not belong to the area gets 404, exactly as if it did not exist: other areas are not even
 * confirmed.
 */
@Component
class AreaContexts {

    private static final String ATTRIBUTE = AreaContext.class.getName();

    private final AreaRegistry areas;
    private final People people;
    private final PermissionTable permissions;

    AreaContexts(AreaRegistry areas, People people, PermissionTable permissions) {
        this.areas = areas;
        this.people = people;
        this.permissions = permissions;
    }

    /** The slug of the area the request's path names, or null if its path names none. */
    static String slug(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? null : variables.get("area");
    }

    AreaContext resolve(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof AreaContext resolved) {
            return resolved;
        }
        String slug = slug(request);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (slug == null || auth == null) {
            throw new NotFound("There is no such area.");
        }
        Area area = areas.find(slug).orElseThrow(() -> new NotFound("There is no such area."));
        boolean systemAdmin = systemAdmin(auth);
        Set<Role> roles = people.rolesIn(auth.getName(), area.id());
        if (roles.isEmpty() && !systemAdmin) {
            throw new NotFound("There is no such area.");
        }
        AreaContext context = new AreaContext(area, auth.getName(), roles, systemAdmin, permissions.heldBy(roles));
        request.setAttribute(ATTRIBUTE, context);
        return context;
    }

    static boolean systemAdmin(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_SYSTEM_ADMIN".equals(a.getAuthority()));
    }
}
