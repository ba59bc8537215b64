package org.strands.platform.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.strands.platform.Copy;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final AreaContextResolver areaContexts;
    private final PermissionInterceptor permissions;
    private final TemporaryPasswordInterceptor temporaryPasswords;

    WebConfiguration(AreaContextResolver areaContexts, PermissionInterceptor permissions, TemporaryPasswordInterceptor temporaryPasswords) {
        this.areaContexts = areaContexts;
        this.permissions = permissions;
        this.temporaryPasswords = temporaryPasswords;
    }

    /**
     * The product's words: the message bundles as {@code Copy} reads them, so that they are listed in one place.
     * Static, because the interceptors this configuration takes need it themselves.
     */
    @Bean
    static MessageSource messageSource() {
        return Copy.messages();
    }

    /** One locale for words, numbers and dates, whatever the browser asks for: British English. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Copy.LOCALE);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(areaContexts);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(temporaryPasswords);
        registry.addInterceptor(permissions);
    }
}
