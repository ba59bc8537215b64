package org.strands.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.strands.platform.Public;
import org.strands.platform.Requires;
import org.strands.platform.SignedIn;

/** What a request handler declares about who may call it: a permission, public, or any signed-in person. */
record HandlerPermission(Kind kind, String permission) {

    enum Kind {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in person, outside any area. */
        SIGNED_IN,
        /** The declared permission. */
        REQUIRES,
        /** A handler of a library (the error controller, the API documentation): open paths of the security configuration. */
        LIBRARY,
        /** One of ours that declares nothing, or more than one thing: refused, and the application does not start. */
        UNDECLARED
    }

    static HandlerPermission of(HandlerMethod handler) {
        if (!handler.getBeanType().getName().startsWith("org.strands.")) {
            return new HandlerPermission(Kind.LIBRARY, null);
        }
        Requires requires = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Requires.class);
        List<HandlerPermission> declared = new ArrayList<>();
        if (requires != null) {
            declared.add(new HandlerPermission(Kind.REQUIRES, requires.value()));
        }
        if (handler.hasMethodAnnotation(Public.class)) {
            declared.add(new HandlerPermission(Kind.PUBLIC, null));
        }
        if (handler.hasMethodAnnotation(SignedIn.class)) {
            declared.add(new HandlerPermission(Kind.SIGNED_IN, null));
        }
        return declared.size() == 1 ? declared.getFirst() : new HandlerPermission(Kind.UNDECLARED, null);
    }
}
