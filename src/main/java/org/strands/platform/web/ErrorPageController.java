package org.strands.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.strands.platform.Copy;
import org.strands.platform.Public;

/**
 * Every error that reaches the servlet container's error page (thrown before a controller, refused by security,
 * or sent by Spring's own handling): an API client gets an RFC 9457 problem, a browser a page with the layout.
 * An API client is a request under {@code /api/} or the Open Referral feed's {@code /oruk/}, or one that asks for JSON and
 * not HTML.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 413, 415, 500);

    @Public
    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String key = "error." + copyKey(status) + ".";
        String refusal = (String) request.getAttribute(RequestLimits.REFUSAL);
        if (wantsProblem(request, path)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal != null ? refusal : Copy.of(key + "detail"));
            problem.setTitle(status.getReasonPhrase());
            if (path != null) {
                problem.setInstance(URI.create(path.replace(" ", "%20")));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = refusal != null
                ? new ModelAndView("error", Map.of("titleKey", "error.refused.title", "refusal", refusal))
                : new ModelAndView("error", Map.of("titleKey", key + "title", "detailKey", key + "detail"));
        page.setStatus(status);
        return page;
    }

    static boolean wantsProblem(HttpServletRequest request, String path) {
        if (path != null && (path.startsWith("/api/") && !path.startsWith("/api/docs") || path.equals("/oruk") || path.startsWith("/oruk/"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }

    private static String copyKey(HttpStatus status) {
        if (KNOWN.contains(status.value())) {
            return String.valueOf(status.value());
        }
        return status.is4xxClientError() ? "400" : "500";
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
