package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.strands.platform.AreaContext;

/**
 * Resolves an {@link AreaContext} parameter from the {@code {area}} path variable (see {@link AreaContexts}),
 * and offers it to the page's template as {@code areaContext}.
 */
@Component
class AreaContextResolver implements HandlerMethodArgumentResolver {

    private final AreaContexts contexts;

    AreaContextResolver(AreaContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AreaContext.class;
    }

    @Override
    public AreaContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        AreaContext context = contexts.resolve(request.getNativeRequest(HttpServletRequest.class));
        if (mav != null) {
            mav.addAttribute("areaContext", context);
        }
        return context;
    }
}
