package org.strands.platform.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.strands.platform.Conflict;
import org.strands.platform.Copy;
import org.strands.platform.Forbidden;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import tools.jackson.databind.exc.InvalidFormatException;

/** Every API error as an RFC 9457 problem detail; invalid input lists every error with row and column. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before PageErrors, whose @Controller also matches a @RestController
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final RequestLimits limits;

    ApiProblems(RequestLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, PlainWords.orCopy(e.getMessage(), "error.403.detail"));
    }

    /**
     * A body that cannot be read. A value its parser refused (see {@code ValueJson}) is invalid input with the
     * parser's message (422); a value of the wrong kind names the field as the API documents it (400).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestLimits.BodyTooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, limits.tooLarge()));
            }
            if (cause instanceof InvalidInput invalid) {
                return ResponseEntity.unprocessableContent().body(invalid(invalid));
            }
        }
        if (e.getMostSpecificCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            String field = String.join(".", invalid.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex() + 1)).toList());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    Copy.of("problem.invalidValue", String.valueOf(invalid.getValue()), field));
            problem.setProperty("errors", List.of(Map.of("row", 0, "column", field, "message", problem.getDetail())));
            return handleExceptionInternal(e, problem, headers, status, request);
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The input was not accepted");
        problem.setProperty("errors", e.errors().stream()
                .map(err -> Map.of("row", err.row(), "column", err.column(), "message", err.message())).toList());
        problem.setProperty("total", e.total());
        return problem;
    }

    /**
     * An upload sent without multipart is 415, a broken multipart body 400 (one larger than the limit is answered 413 by
     * Spring's own handling, with the message {@code problemDetail.…MaxUploadSizeExceededException}).
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail upload(MultipartException e, jakarta.servlet.http.HttpServletRequest request) {
        String type = request.getContentType();
        HttpStatus status = type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
        String detail = Copy.of(status == HttpStatus.BAD_REQUEST ? "error.400.detail" : "upload.notMultipart");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", List.of(Map.of("row", 0, "column", "file", "message", detail)));
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", List.of(Map.of("row", 0, "column", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This conflicts with what is already stored, or breaks one of its rules. Nothing was changed.");
    }

    /** No connection to the database came free in time: overloaded, not broken. 503, with a time to try again after. */
    @ExceptionHandler(CannotGetJdbcConnectionException.class)
    ResponseEntity<ProblemDetail> busy(CannotGetJdbcConnectionException e) {
        log.warn("Too busy to answer: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "Strands is very busy just now. Nothing was changed; try again in a few seconds."));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing was changed; try again.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, PlainWords.orCopy(e.getMessage(), "error.400.detail"));
        problem.setProperty("errors", List.of());
        return problem;
    }
}
