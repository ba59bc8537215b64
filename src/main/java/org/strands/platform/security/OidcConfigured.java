package org.strands.platform.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when an OpenID Connect issuer is set ({@code strands.oidc.issuer-uri}, from {@code STRANDS_OIDC_ISSUER_URI}). */
class OidcConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("strands.oidc.issuer-uri"));
    }
}
