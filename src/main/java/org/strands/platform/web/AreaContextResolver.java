package org.strands.platform.web;

import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaRegistry;
import org.strands.platform.NotFound;
import org.strands.platform.People;
import org.strands.platform.Role;

/**
 * Resolves an {@link AreaContext} parameter from the {@code {area}} path variable. A person who does not
 * belong to the area gets 404, exactly as if it did not exist: other areas are not even confirmed.
 */
@Component
class AreaContextResolver implements HandlerMethodArgumentResolver {

    private final AreaRegistry areas;
    private final People people;

    AreaContextResolver(AreaRegistry areas, People people) {
        this.areas = areas;
        this.people = people;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AreaContext.class;
    }

    @Override
    public AreaContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String slug = variables == null ? null : variables.get("area");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (slug == null || auth == null) {
            throw new NotFound("There is no such area.");
        }
        Area area = areas.find(slug).orElseThrow(() -> new NotFound("There is no such area."));
        boolean systemAdmin = auth.getAuthorities().stream().anyMatch(a -> "ROLE_SYSTEM_ADMIN".equals(a.getAuthority()));
        Set<Role> roles = people.rolesIn(auth.getName(), area.id());
        if (roles.isEmpty() && !systemAdmin) {
            throw new NotFound("There is no such area.");
        }
        AreaContext context = new AreaContext(area, auth.getName(), roles, systemAdmin);
        if (mav != null) {
            mav.addAttribute("areaContext", context);
        }
        return context;
    }
}
