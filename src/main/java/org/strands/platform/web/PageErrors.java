package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.strands.platform.Conflict;
import org.strands.platform.Copy;
import org.strands.platform.Forbidden;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;

/**
 * Pages answer a missing or forbidden thing with a page in the layout (header, navigation, sign-out) and the
 * right status; a client that asks a page's address for JSON, not HTML, gets a problem detail instead.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final LayoutModel layout;

    PageErrors(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), "platform/not-found", model, request, response);
    }

    @ExceptionHandler(Forbidden.class)
    Object forbidden(Forbidden e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.FORBIDDEN, PlainWords.orCopy(e.getMessage(), "error.403.detail"), "platform/forbidden", model,
                request, response);
    }

    /** A value in the address that a page could not use (an unknown age band, a tampered id): 400, in plain words. */
    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), "platform/bad-request", model, request, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badRequest(IllegalArgumentException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.BAD_REQUEST, Copy.of("error.400.detail"), "platform/bad-request", model, request, response);
    }

    /** A request the state of things refused (a full session): 409, with what happened. */
    @ExceptionHandler(Conflict.class)
    Object conflict(Conflict e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), "platform/conflict", model, request, response);
    }

    /** A change the database refused by one of its rules (a CHECK, a unique key): 409, nothing changed. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object conflict(DataIntegrityViolationException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, Copy.of("error.409.detail"), "platform/conflict", model, request, response);
    }

    /**
     * No connection to the database came free in time: the server is overloaded, not broken. 503 with a time to come
     * back after, so that people and clients try again rather than report a fault.
     */
    @ExceptionHandler(CannotGetJdbcConnectionException.class)
    Object busy(CannotGetJdbcConnectionException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Too busy to answer {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        response.setHeader("Retry-After", "5");
        return answer(HttpStatus.SERVICE_UNAVAILABLE, Copy.of("error.503.detail"), "platform/busy", model, request, response);
    }

    private Object answer(HttpStatus status, String message, String view, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (ErrorPageController.wantsProblem(request, request.getRequestURI())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setInstance(URI.create(request.getRequestURI().replace(" ", "%20")));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        layout.addTo(model, request);
        response.setStatus(status.value());
        model.addAttribute("message", message);
        return view;
    }
}
