package org.strands.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strands.platform.Permission;
import org.strands.platform.PermissionTable;

/**
 * Refuses to start the application while any request handler of ours declares no permission (nor public, nor
 * signed in), names a permission no module declares, or declares one that cannot be checked on its path.
 */
@Component
class PermissionDeclarationCheck implements SmartInitializingSingleton {

    private final ApplicationContext context;
    private final PermissionTable table;

    PermissionDeclarationCheck(ApplicationContext context, PermissionTable table) {
        this.context = context;
        this.table = table;
    }

    @Override
    public void afterSingletonsInstantiated() {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> problems = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> problem(info, handler).ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Every request handler declares who may call it (@Requires, @Public or @SignedIn):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private java.util.Optional<String> problem(RequestMappingInfo info, HandlerMethod handler) {
        HandlerPermission declared = HandlerPermission.of(handler);
        Set<String> paths = info.getPatternValues();
        boolean inArea = !paths.isEmpty() && paths.stream().allMatch(p -> p.contains("{area}"));
        String where = info.getMethodsCondition().getMethods() + " " + paths + " (" + handler.getShortLogMessage() + ")";
        return java.util.Optional.ofNullable(switch (declared.kind()) {
            case LIBRARY -> null;
            case UNDECLARED -> where + " declares none, or more than one";
            // what an area publishes for everyone lives under /public/ and /api/v1/public/, and nowhere else
            case PUBLIC -> paths.stream().anyMatch(p -> p.contains("{area}") && !published(p))
                    ? where + " is on an area's path, so it needs a permission of the area (or a path under /public/)" : null;
            case SIGNED_IN -> paths.stream().anyMatch(p -> p.contains("{area}"))
                    ? where + " is on an area's path, so it needs a permission of the area" : null;
            case REQUIRES -> {
                Permission permission = table.find(declared.permission()).orElse(null);
                if (permission == null) {
                    yield where + " requires " + declared.permission() + ", which no module declares";
                }
                yield permission.inArea() && !inArea ? where + " requires a permission of an area but its path names no {area}" : null;
            }
        });
    }

    /** Whether the path is one of those where an area publishes for everyone. */
    static boolean published(String path) {
        return path.startsWith("/public/") || path.startsWith("/api/v1/public/");
    }
}
