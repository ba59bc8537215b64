package org.strands.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strands.platform.Copy;

/**
 * Limits how often one client address may use the parts of Strands open to everyone (the public pages under
 * {@code /public/}, the public API under {@code /api/v1/public/} and the directory's Open Referral feed under {@code /oruk/};
 * the feed counted apart, so that a system reading every page of it cannot use up what families at the same address may
 * do): {@code strands.public.requests-per-minute} per
 * address, refilled steadily, with the same again as a burst. Beyond it the answer is 429 with Retry-After, before
 * anything is read or stored. Behind a trusted proxy the address is the client's own (see
 * {@code STRANDS_TRUSTED_PROXIES}). Counted in this node's memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PublicRateLimit extends OncePerRequestFilter {

    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    private final java.util.List<String> exempt;
    private final org.springframework.util.AntPathMatcher matcher = new org.springframework.util.AntPathMatcher();

    /**
     * @param exempt public paths that guard themselves and are called by one sender at volume (GOV.UK Notify's
     *               delivery receipts, which carry the area's bearer token, checked before anything is read)
     */
    PublicRateLimit(@Value("${strands.public.requests-per-minute:300}") long perMinute,
            @Value("${strands.public.rate-limit-exempt:}") java.util.List<String> exempt) {
        this.perMinute = perMinute;
        this.exempt = exempt.stream().filter(p -> !p.isBlank()).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/public/") || path.startsWith("/api/v1/public/") || feed(path)) || exempt.stream().anyMatch(p -> matcher.match(p, path));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean feed(String path) {
        return path.equals("/oruk") || path.startsWith("/oruk/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(request.getRemoteAddr() + (feed(path(request)) ? " feed" : ""), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        String reason = Copy.of("public.tooMany", seconds);
        request.setAttribute(RequestLimits.REFUSAL, reason);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), reason);
    }
}
