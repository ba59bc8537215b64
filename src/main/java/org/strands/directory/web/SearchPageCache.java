package org.strands.directory.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.strands.directory.DirectoryChanged;

/**
 * Keeps the families' search pages of the directory for a short time ({@code strands.directory.search-cache}, 30 seconds
 * by default), so that the same search asked again (families start from the same few worries, ages and postcodes) is
 * answered without searching and rendering again. Only what anyone would be shown: a GET of {@code /public/{area}/support}
 * by someone without a cookie or credentials, answered 200 with no cookie set. Runs after the security filters, so that
 * the rate limit and the security headers apply to every answer. A change to any directory on this node clears it when
 * its transaction ends; other nodes show the change within the time kept.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class SearchPageCache extends OncePerRequestFilter {

    private static final Pattern SEARCH = Pattern.compile("/public/[a-z0-9-]{1,60}/support");
    /** A longer address is answered, not kept. */
    private static final int LONGEST_QUERY = 1000;
    private static final int LARGEST_PAGE = 256 * 1024;

    private record Page(String contentType, String contentLanguage, byte[] body) {
    }

    private final Cache<String, Page> pages;
    private final boolean keeping;

    /** @param keep how long a page is kept; zero keeps none */
    SearchPageCache(@Value("${strands.directory.search-cache:30s}") Duration keep) {
        this.keeping = !keep.isZero() && !keep.isNegative();
        this.pages = Caffeine.newBuilder().expireAfterWrite(keeping ? keep : Duration.ofSeconds(1)).maximumWeight(32L * 1024 * 1024)
                .weigher((String key, Page page) -> key.length() + page.body().length).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !keeping || !"GET".equals(request.getMethod()) || !SEARCH.matcher(request.getRequestURI()).matches()
                || (query != null && query.length() > LONGEST_QUERY) || request.getHeader(HttpHeaders.COOKIE) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString());
        Page kept = pages.getIfPresent(key);
        if (kept != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(kept.contentType());
            if (kept.contentLanguage() != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
            }
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() == HttpServletResponse.SC_OK && answer.getContentSize() <= LARGEST_PAGE && !answer.containsHeader(HttpHeaders.SET_COOKIE)
                    && answer.getContentType() != null && answer.getContentType().startsWith("text/html")) {
                pages.put(key, new Page(answer.getContentType(), answer.getHeader(HttpHeaders.CONTENT_LANGUAGE), answer.getContentAsByteArray()));
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    /** Nothing kept from before a change, on this node: cleared now and again when the change's transaction ends. */
    @EventListener
    void on(DirectoryChanged changed) {
        pages.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    pages.invalidateAll();
                }
            });
        }
    }
}
