package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.strands.platform.AreaContext;
import org.strands.platform.Forbidden;
import org.strands.platform.Permission;
import org.strands.platform.PermissionTable;

/**
 * Checks the permission a handler declares before it runs, and before its input is read or validated: pages
 * and API alike. On an area's path a non-member gets 404 and a member without the permission 403 with a plain
 * message; a system-wide permission is the system administrator's alone.
 */
@Component
class PermissionInterceptor implements HandlerInterceptor {

    private final PermissionTable table;
    private final AreaContexts contexts;
    private final MessageSource messages;
    private final Map<Method, HandlerPermission> declared = new ConcurrentHashMap<>();

    PermissionInterceptor(PermissionTable table, AreaContexts contexts, MessageSource messages) {
        this.table = table;
        this.contexts = contexts;
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        HandlerPermission declaration = declared.computeIfAbsent(method.getMethod(), m -> HandlerPermission.of(method));
        switch (declaration.kind()) {
            case PUBLIC, SIGNED_IN, LIBRARY -> {
                return true;
            }
            case REQUIRES -> {
                check(request, table.get(declaration.permission()));
                return true;
            }
            default -> throw new IllegalStateException(method + " declares no permission");
        }
    }

    private void check(HttpServletRequest request, Permission permission) {
        if (AreaContexts.slug(request) != null) {
            AreaContext area = contexts.resolve(request);
            if (!area.may(permission.key())) {
                throw new Forbidden(message("permission.refused.area", permission.description(), area.area().name()));
            }
        } else if (!AreaContexts.systemAdmin(SecurityContextHolder.getContext().getAuthentication())) {
            throw new Forbidden(message("permission.refused.system", permission.description()));
        }
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
