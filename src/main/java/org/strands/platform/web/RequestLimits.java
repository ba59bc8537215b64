package org.strands.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strands.platform.Copy;
import org.strands.platform.TextLimits;

/**
 * Refuses what no handler should have to read, before security, sessions or a handler touch it: a body (other
 * than an upload) larger than {@code strands.web.largest-body} (1 MB) gets 413, at once when its length is declared
 * and as soon as that many bytes have streamed in when it is not (chunked); a query or form parameter holding a NUL
 * character gets 422 naming the parameter. The answer is a problem detail for an API client and an error page for
 * a browser ({@link ErrorPageController} shows {@link #REFUSAL}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

    /** The request attribute holding the plain-English reason a request was refused here. */
    static final String REFUSAL = RequestLimits.class.getName() + ".refusal";

    private final long largest;

    RequestLimits(@Value("${strands.web.largest-body:1MB}") DataSize largest) {
        this.largest = largest.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > largest) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
            return;
        }
        String nul = parameterWithNul(request);
        if (nul != null) {
            refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, Copy.of("input.nul", nul));
            return;
        }
        chain.doFilter(new CountedBody(request, largest), response);
    }

    String tooLarge() {
        return Copy.of("request.tooLarge", DataSize.ofBytes(largest).toMegabytes() > 0
                ? DataSize.ofBytes(largest).toMegabytes() + " MB" : largest + " bytes");
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** The first query or form parameter whose name or value holds a NUL, or null. */
    private static String parameterWithNul(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (TextLimits.hasNul(parameter.getKey())) {
                return "A parameter name";
            }
            for (String value : parameter.getValue()) {
                if (value != null && TextLimits.hasNul(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason)
            throws IOException {
        request.setAttribute(REFUSAL, reason);
        response.setHeader("Connection", "close");
        response.sendError(status.value(), reason);
    }

    /** Thrown while a body is read once it has passed the limit; answered with 413 by {@link ApiProblems}. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(String message) {
            super(message, null);
        }
    }
}
